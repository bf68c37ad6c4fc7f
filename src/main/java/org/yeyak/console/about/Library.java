package org.yeyak.console.about;

/** One library bundled with the console, as the About dialog lists it. */
public record Library(String name, String version, String licence) {
}
