package org.yeyak.surge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CpuTimeTest {
    @Test
    void theServersCpuTimeIsReadFromThePrometheusText() {
        String text = """
                # HELP process_cpu_usage The "recent cpu usage" for the Java Virtual Machine process
                process_cpu_usage 0.25
                # TYPE process_cpu_time_ns_total counter
                process_cpu_time_ns_total 1.113E10
                """;
        assertThat(CpuTime.parse(text)).isEqualTo(11_130_000_000L);
        assertThat(CpuTime.parse("process_cpu_usage 0.25\n")).isEqualTo(-1);
        assertThat(CpuTime.parse("process_cpu_time_ns_total not-a-number\n")).isEqualTo(-1);
    }

    @Test
    void usePerUnitIsUnknownWhenAReadingIsMissing() {
        CpuTime.Reading before = new CpuTime.Reading(1_000_000, 2_000_000);
        CpuTime.Reading after = new CpuTime.Reading(5_000_000, -1);
        CpuTime.Reading used = after.since(before);
        assertThat(used.server()).isEqualTo(4_000_000);
        assertThat(used.simulator()).isEqualTo(-1);
        SurgeReport.CpuUse use = SurgeReport.CpuUse.of(used, 4);
        assertThat(use.serverUsPerUnit()).isEqualTo(1_000.0);
        assertThat(use.simulatorUsPerUnit()).isEqualTo(-1);
        assertThat(CpuTime.simulatorNanos()).as("this JVM tells its CPU time").isPositive();
    }
}
