package org.yeyak.console.about;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.FileAppender;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * The console's rolling log file ({@code logs/console.log} in the user's data folder; the
 * configuration is {@code logback-console.xml} beside this class). {@link #install} must run
 * before the first logger is created, i.e. first thing in {@code main}.
 */
public final class LogFile {
    /** The folder the configuration writes into. */
    public static final String DIR_PROPERTY = "yeyak.log.dir";
    static final String CONFIGURATION = "org/yeyak/console/about/logback-console.xml";

    private LogFile() {
    }

    /**
     * Chooses the console's logging configuration with its log folder. A configuration given
     * on the command line ({@code -Dlogback.configurationFile}) is left alone.
     */
    public static void install(Path logDir) {
        if (System.getProperty("logback.configurationFile") != null) {
            return;
        }
        System.setProperty(DIR_PROPERTY, logDir.toAbsolutePath().toString());
        System.setProperty("logback.configurationFile", CONFIGURATION);
    }

    /** The file the logs go to now, if logging writes to a file at all (not in tests). */
    public static Optional<Path> current() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return Optional.empty();
        }
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        for (Iterator<Appender<ch.qos.logback.classic.spi.ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
            if (it.next() instanceof FileAppender<?> file && file.getFile() != null) {
                return Optional.of(Path.of(file.getFile()));
            }
        }
        return Optional.empty();
    }
}
