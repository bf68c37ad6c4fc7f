package org.yeyak.console;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Base of the TestFX tests that drive a real console window on a real embedded demo server:
 * one server per test class (in its own temporary data folder), a fresh English window per
 * test. A subclass's own {@code @BeforeAll} runs after the server is up.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class ConsoleUiTest {
    @TempDir
    static Path data;
    protected static ConsoleFixture console;

    @BeforeAll
    static void startServer() {
        console = new ConsoleFixture(data);
    }

    @AfterAll
    static void stopServer() {
        console.close();
    }

    /** TestFX calls only the test class's own {@code @Start} methods, so the base shows the window here. */
    @BeforeEach
    void showWindow() throws TimeoutException {
        FxToolkit.setupStage(stage -> console.show(stage, Locale.ENGLISH));
    }

    @AfterEach
    void closeWindow() {
        console.closeWindow();
    }
}
