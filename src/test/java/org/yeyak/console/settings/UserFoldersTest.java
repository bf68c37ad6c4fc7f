package org.yeyak.console.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserFoldersTest {
    private static final Path HOME = Path.of("/home/kim");

    @Test
    void linuxFollowsXdgConfigAndDataHomes() {
        UserFolders f = UserFolders.of("Linux", HOME, Map.of("XDG_CONFIG_HOME", "/cfg", "XDG_DATA_HOME", "/data"));
        assertThat(f.settingsFile()).isEqualTo(Path.of("/cfg/yeyak/console.properties"));
        assertThat(f.logs()).isEqualTo(Path.of("/data/yeyak/logs"));
    }

    @Test
    void linuxWithoutXdgVariablesUsesDotConfigAndDotLocalShare() {
        UserFolders f = UserFolders.of("Linux", HOME, Map.of());
        assertThat(f.config()).isEqualTo(HOME.resolve(".config/yeyak"));
        assertThat(f.data()).isEqualTo(HOME.resolve(".local/share/yeyak"));
    }

    @Test
    void relativeOrBlankXdgPathsAreIgnoredAsTheSpecificationSays() {
        UserFolders f = UserFolders.of("Linux", HOME, Map.of("XDG_CONFIG_HOME", "relative/cfg", "XDG_DATA_HOME", " "));
        assertThat(f.config()).isEqualTo(HOME.resolve(".config/yeyak"));
        assertThat(f.data()).isEqualTo(HOME.resolve(".local/share/yeyak"));
    }

    @Test
    void windowsUsesAppDataAndMacOsApplicationSupport() {
        assertThat(UserFolders.of("Windows 11", Path.of("/u"), Map.of("APPDATA", "/u/AppData/Roaming")).config())
                .isEqualTo(Path.of("/u/AppData/Roaming/Yeyak"));
        assertThat(UserFolders.of("Mac OS X", HOME, Map.of()).data())
                .isEqualTo(HOME.resolve("Library/Application Support/Yeyak"));
    }
}
