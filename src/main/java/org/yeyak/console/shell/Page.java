package org.yeyak.console.shell;

import javafx.scene.Node;

/** One page of the shell (AtlantaFX sampler style): built in code, told when it is shown and left. */
public interface Page {
    Node view();

    /** The page is shown (again): load or refresh what it shows. */
    default void enter() {
    }

    /** The user navigates away or signs out: stop what the page started. */
    default void reset() {
    }
}
