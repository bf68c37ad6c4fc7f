package org.yeyak.console.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * A date picker that reads and writes {@code YYYY-MM-DD} in every language: the format of the
 * API and of Korean official documents, and never ambiguous (8/9 vs 9/8).
 */
public final class IsoDatePicker extends DatePicker {
    public IsoDatePicker(String id) {
        setId(id);
        setPromptText("YYYY-MM-DD");
        setPrefWidth(150);
        setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : date.toString();
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(text.strip());
                } catch (DateTimeParseException e) {
                    return getValue();
                }
            }
        });
        // Typing a date and leaving the field commits it, as users expect of a text field.
        getEditor().focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                setValue(getConverter().fromString(getEditor().getText()));
            }
        });
    }
}
