package org.yeyak.console.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class I18nTest {
    @Test
    void koreanOsLocaleGivesKoreanAndAnythingElseEnglish() {
        assertThat(I18n.forLocale(Locale.KOREA).korean()).isTrue();
        assertThat(I18n.forLocale(Locale.FRANCE).locale()).isEqualTo(Locale.ENGLISH);
        assertThat(I18n.forLocale(Locale.KOREA).get("login.signIn")).isEqualTo("로그인");
        assertThat(I18n.forLocale(Locale.US).get("login.signIn")).isEqualTo("Sign in");
    }

    @Test
    void bothLanguagesHaveExactlyTheSameKeys() throws IOException {
        assertThat(load("ko").stringPropertyNames()).isEqualTo(load("en").stringPropertyNames());
    }

    @Test
    void argumentsAreFormatted() {
        assertThat(I18n.forLocale(Locale.ENGLISH).get("login.server", "http://x")).isEqualTo("Server: http://x");
    }

    @Test
    void everyTextIsAValidPatternWithoutStrayQuotesOrBraces() throws IOException {
        for (String lang : new String[] {"ko", "en"}) {
            Properties p = load(lang);
            I18n i18n = I18n.forLocale(Locale.forLanguageTag(lang));
            for (String key : p.stringPropertyNames()) {
                String text = i18n.get(key, "a", "b", "c", "d");
                assertThat(text).as(lang + " " + key).doesNotContain("{").doesNotContain("}");
                long quotes = p.getProperty(key).chars().filter(c -> c == '\'').count();
                assertThat(quotes % 2).as(lang + " " + key + ": write '' for an apostrophe").isZero();
            }
        }
    }

    private static Properties load(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18n.class.getResourceAsStream("/org/yeyak/console/messages_" + lang + ".properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
