package org.yeyak.console.about;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BundledLibrariesTest {
    private final BundledLibraries libraries = BundledLibraries.load();

    @Test
    void theConsolesMainLibrariesAreFoundOnTheClassPathWithVersionAndLicence() {
        List<Library> found = libraries.scanClassPath();
        assertThat(found).extracting(Library::name)
                .contains("OpenJFX (JavaFX)", "AtlantaFX", "ControlsFX", "TilesFX", "Ikonli", "Jackson", "OkHttp",
                        "Javalin", "Eclipse Jetty", "H2 Database", "Logback");
        Library javafx = found.stream().filter(l -> l.name().equals("OpenJFX (JavaFX)")).findFirst().orElseThrow();
        assertThat(javafx.version()).isEqualTo("21.0.11");
        assertThat(javafx.licence()).isEqualTo("GPL-2.0-only WITH Classpath-exception-2.0");
        assertThat(found).extracting(Library::name).doesNotContain("yeyak");
    }

    @Test
    void theLongestMatchingPrefixWinsAndUnknownLibrariesHaveNoInventedLicence() {
        assertThat(libraries.describe("toolboxfx", "21.0.5").name()).isEqualTo("Hansolo ToolboxFX");
        assertThat(libraries.describe("toolbox", "21.0.9").name()).isEqualTo("Hansolo Toolbox");
        assertThat(libraries.describe("jetty-server", "12.1.12")).isEqualTo(new Library("Eclipse Jetty", "12.1.12", "EPL-2.0 OR Apache-2.0"));
        assertThat(libraries.describe("mystery-lib", "1.0")).isEqualTo(new Library("mystery-lib", "1.0", ""));
    }
}
