package org.yeyak.console.ui;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The console's texts in Korean or English ({@code org/yeyak/console/messages_*.properties}).
 * Every visible string comes from here, and every text is a {@link MessageFormat} pattern; a missing key shows as {@code !key!} so it is seen, not hidden.
 */
public final class I18n {
    public static final Locale KOREAN = Locale.KOREAN;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(KOREAN, ENGLISH);
    private static final String BUNDLE = "org.yeyak.console.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    private I18n(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Korean when the given (OS) locale is Korean, English otherwise. */
    public static I18n forLocale(Locale requested) {
        return new I18n("ko".equals(requested.getLanguage()) ? KOREAN : ENGLISH);
    }

    public static I18n fromOs() {
        return forLocale(Locale.getDefault());
    }

    public Locale locale() {
        return locale;
    }

    public boolean korean() {
        return locale.equals(KOREAN);
    }

    /** The other supported language (the language switch). */
    public I18n other() {
        return new I18n(korean() ? ENGLISH : KOREAN);
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        // Every text is a pattern, with or without arguments, so '' always means one apostrophe.
        return new MessageFormat(pattern, locale).format(args);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public DateTimeFormatter dateTime() {
        return DateTimeFormatter.ofPattern(korean() ? "yyyy-MM-dd (E) HH:mm:ss" : "EEE d MMM yyyy, HH:mm:ss", locale);
    }

    public DateTimeFormatter date() {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    /** Short day label for calendars: "8/9 (월)" / "Mon 9 Aug". */
    public DateTimeFormatter shortDay() {
        return DateTimeFormatter.ofPattern(korean() ? "M/d (E)" : "EEE d MMM", locale);
    }
}
