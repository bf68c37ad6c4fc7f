package org.yeyak.surge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CliOptionsTest {
    @Test
    void defaultsFitTheDemoCampaignsFirstDay() {
        CliOptions o = CliOptions.parse("--url", "http://127.0.0.1:8080");
        SurgeConfig c = o.config();
        assertThat(c.citizens()).isEqualTo(100);
        assertThat(c.curve()).isEqualTo(ArrivalCurve.Y2021);
        assertThat(c.digit()).isEqualTo(9);
        assertThat(c.opensAt()).isEqualTo(Instant.parse("2021-08-09T11:00:00Z"));
        assertThat(c.maxTime()).isEqualTo(Duration.ofMinutes(6));
        assertThat(o.baselineSeconds()).isZero();
        assertThat(o.providerSettings()).isNull();
    }

    @Test
    void everyOptionIsRead() {
        CliOptions o = CliOptions.parse("--url", "http://localhost:9", "--citizens", "2_000", "--duration", "90s",
                "--curve", "ramp", "--follow-lights", "false", "--misbehave", "0.2", "--seed", "7", "--demo-clock",
                "--pre-open", "1m", "--day", "2021-08-12", "--max-time", "1h", "--check-invariants", "no",
                "--json", "-", "--baseline-seconds", "10", "--booking-burst", "500", "--connections", "32", "--provider-service-ms", "5",
                "--provider-capacity", "10000", "--quiet", "--allow-remote");
        SurgeConfig c = o.config();
        assertThat(c.citizens()).isEqualTo(2000);
        assertThat(c.duration()).isEqualTo(Duration.ofSeconds(90));
        assertThat(c.curve()).isEqualTo(ArrivalCurve.RAMP);
        assertThat(c.followLights()).isFalse();
        assertThat(c.misbehave()).isEqualTo(0.2);
        assertThat(c.seed()).isEqualTo(7);
        assertThat(c.demoClock()).isTrue();
        assertThat(c.preOpen()).isEqualTo(Duration.ofMinutes(1));
        assertThat(c.bookingDay()).isEqualTo(LocalDate.of(2021, 8, 12));
        assertThat(c.digit()).isEqualTo(2);
        assertThat(c.maxTime()).isEqualTo(Duration.ofHours(1));
        assertThat(c.checkInvariants()).isFalse();
        assertThat(c.allowRemote()).isTrue();
        assertThat(o.jsonPath()).isEqualTo("-");
        assertThat(o.baselineSeconds()).isEqualTo(10);
        assertThat(o.connections()).isEqualTo(32);
        assertThat(o.bookingBurst()).isEqualTo(500);
        assertThat(o.providerSettings()).containsEntry("serviceTimeMs", 5).containsEntry("capacity", 10000);
        assertThat(o.quiet()).isTrue();
    }

    @Test
    void durationsReadAsPeopleWriteThem() {
        assertThat(CliOptions.duration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(CliOptions.duration("1.5s")).isEqualTo(Duration.ofMillis(1500));
        assertThat(CliOptions.duration("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(CliOptions.duration("30")).isEqualTo(Duration.ofSeconds(30));
        assertThatThrownBy(() -> CliOptions.duration("soon")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nonsenseIsAUsageError() {
        assertThatThrownBy(() -> CliOptions.parse("--citizens", "10")).hasMessageContaining("--url");
        assertThatThrownBy(() -> CliOptions.parse("--url", "http://127.0.0.1:1", "--bogus"))
                .hasMessageContaining("unknown option");
        assertThatThrownBy(() -> CliOptions.parse("--url", "http://127.0.0.1:1", "--citizens", "0"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CliOptions.parse("--url", "http://127.0.0.1:1", "--misbehave", "1.5"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CliOptions.parse("--url", "http://127.0.0.1:1", "--duration", "2m",
                "--max-time", "1m")).hasMessageContaining("max-time");
    }

    @Test
    void onlyLoopbackIsATargetUnlessRemoteIsAllowed() {
        assertThat(Target.check("http://127.0.0.1:8080", false).host()).isEqualTo("127.0.0.1");
        assertThat(Target.check("http://localhost:8080/some/path?x=1", false).encodedPath()).isEqualTo("/");
        assertThat(Target.check("http://[::1]:8080", false).port()).isEqualTo(8080);
        assertThatThrownBy(() -> Target.check("http://10.1.2.3:8080", false)).hasMessageContaining("--allow-remote");
        assertThatThrownBy(() -> Target.check("http://192.168.0.7", false)).hasMessageContaining("loopback");
        assertThat(Target.check("http://10.1.2.3:8080", true).host()).isEqualTo("10.1.2.3");
        assertThatThrownBy(() -> Target.check("ftp://127.0.0.1", false)).hasMessageContaining("not an http");
    }

    @Test
    void aRunRefusesARemoteTargetBeforeSendingAnything() {
        SurgeConfig c = SurgeConfig.builder("http://203.0.113.9:8080").build();
        assertThatThrownBy(() -> SurgeRun.create(c)).isInstanceOf(IllegalArgumentException.class);
    }
}
