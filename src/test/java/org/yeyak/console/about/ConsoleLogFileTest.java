package org.yeyak.console.about;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

/** The installed console's logging configuration, run in a logback context of its own. */
class ConsoleLogFileTest {
    @TempDir
    Path logs;

    @Test
    void theLogGoesToConsoleLogInTheGivenFolderWithResidentNumbersMasked() throws Exception {
        LoggerContext context = new LoggerContext();
        context.putProperty(LogFile.DIR_PROPERTY, logs.toString());
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        context.start();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(LogFile.class.getResource("/" + LogFile.CONFIGURATION));
        Logger log = context.getLogger("org.yeyak.test");

        log.info("booking for 900519-1234567 and 8501012345678, clock at 1628506800000");
        log.warn("refused", new IllegalStateException("resident 030303-4123456"));
        context.stop();

        String text = Files.readString(logs.resolve("console.log"), StandardCharsets.UTF_8);
        assertThat(text).contains("booking for 900519-1****** and 850101-2******");
        assertThat(text).contains("resident 030303-4******");
        assertThat(text).doesNotContain("1234567").doesNotContain("2345678").doesNotContain("4123456");
        // Not a resident number (month 28): epoch milliseconds stay readable.
        assertThat(text).contains("1628506800000");
        // The exception is written once, masked, with its stack.
        assertThat(text.split("IllegalStateException", -1)).hasSize(2);
        assertThat(text).contains("at org.yeyak.console.about.ConsoleLogFileTest");
    }

    @Test
    void installChoosesTheConsoleConfigurationUnlessOneWasGiven() {
        String before = System.getProperty("logback.configurationFile");
        try {
            System.setProperty("logback.configurationFile", "mine.xml");
            LogFile.install(logs);
            assertThat(System.getProperty("logback.configurationFile")).isEqualTo("mine.xml");
        } finally {
            if (before == null) {
                System.clearProperty("logback.configurationFile");
            } else {
                System.setProperty("logback.configurationFile", before);
            }
        }
    }
}
