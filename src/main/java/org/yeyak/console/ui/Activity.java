package org.yeyak.console.ui;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** What the console is doing in the background, for the status bar: a message and a progress (0..1, -1 unknown). */
public final class Activity {
    private final StringProperty message = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);

    public void start(String text) {
        message.set(text);
        progress.set(-1);
    }

    public void progress(double fraction, String text) {
        progress.set(fraction);
        if (text != null) {
            message.set(text);
        }
    }

    public void done() {
        message.set("");
        progress.set(0);
    }

    public StringProperty messageProperty() {
        return message;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }
}
