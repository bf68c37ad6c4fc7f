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

    private static Properties load(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18n.class.getResourceAsStream("/org/yeyak/console/messages_" + lang + ".properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
