package org.yeyak.console.live;

import java.text.NumberFormat;
import org.yeyak.console.ui.I18n;

/** Decimals for texts: formatted here, so every message pattern takes plain arguments. */
final class LiveFormat {
    private LiveFormat() {
    }

    /** One decimal with the language's separators: "1,234.5". */
    static String oneDecimal(I18n i18n, double value) {
        NumberFormat f = NumberFormat.getNumberInstance(i18n.locale());
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(value);
    }
}
