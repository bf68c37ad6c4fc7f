package org.yeyak.console.settings;

/** The console's colour theme (AtlantaFX Primer light or dark). */
public enum Theme {
    LIGHT, DARK
}
