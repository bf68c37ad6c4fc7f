package org.yeyak.console.assist;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.yeyak.console.ui.I18n;
import org.yeyak.rules.ResidentId;

/**
 * The resident number as staff type it: a hint after every keystroke, and once the number is
 * complete and valid it is taken — from then on only its masked form is visible. The number
 * itself lives in the {@link ResidentId} here, in memory, until {@link #clear()} (the next caller).
 */
final class ResidentIdField {
    private final I18n i18n;
    private final StringProperty hint = new SimpleStringProperty();
    private final BooleanProperty wrong = new SimpleBooleanProperty();
    private final StringProperty masked = new SimpleStringProperty("");
    private ResidentId id;

    ResidentIdField(I18n i18n) {
        this.i18n = i18n;
        clear();
    }

    void typed(String text) {
        if (id != null) {
            return; // taken already: the field is being emptied; Esc clears the number to type it again
        }
        ResidentIdInput input = ResidentIdInput.of(text);
        wrong.set(input.wrong());
        if (input.valid()) {
            id = input.id();
            masked.set(id.masked());
            hint.set(i18n.get("assist.id.hint.valid", i18n.date().format(id.birthDate())));
        } else {
            hint.set(i18n.get(input.hintKey(), input.count(), ResidentIdInput.DIGITS));
        }
    }

    void clear() {
        id = null;
        masked.set("");
        wrong.set(false);
        hint.set(i18n.get("assist.id.hint.empty"));
    }

    /** The number, once taken; null before. */
    ResidentId id() {
        return id;
    }

    ReadOnlyStringProperty hint() {
        return hint;
    }

    ReadOnlyBooleanProperty wrong() {
        return wrong;
    }

    ReadOnlyStringProperty masked() {
        return masked;
    }
}
