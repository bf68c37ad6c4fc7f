package org.yeyak.console.about;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BuildInfoTest {
    @Test
    void mavenFillsInTheVersionAndBuildTime() {
        BuildInfo info = BuildInfo.load();
        assertThat(info.version()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(info.built()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC");
    }

    @Test
    void anUnfilteredFileReadsAsADevelopmentBuild() {
        assertThat(BuildInfo.of("${project.version}", "${yeyak.build.time}")).isEqualTo(BuildInfo.DEVELOPMENT);
        assertThat(BuildInfo.of("1.0.0", "${yeyak.build.time}")).isEqualTo(new BuildInfo("1.0.0", ""));
    }
}
