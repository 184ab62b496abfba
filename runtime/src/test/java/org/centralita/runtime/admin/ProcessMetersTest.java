package org.centralita.runtime.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The process's own meters in {@code /metrics}: its CPU as time, not as the load gauges a container makes dear. */
class ProcessMetersTest {

    @Test
    void shouldExportTheProcessCpuTimeButNotTheLoadGaugesTheJdkWorksOutFromCgroupFilesAtEachScrape() {
        // when
        String scrape = new RuntimeMetrics().scrape();

        // then the CPU time and the processors are there, for rate() over time
        assertThat(ScrapedMetrics.value(scrape, "process_cpu_time_ns_total")).isPositive();
        assertThat(ScrapedMetrics.value(scrape, "system_cpu_count")).isPositive();
        assertThat(ScrapedMetrics.value(scrape, "process_uptime_seconds")).isPositive();
        // and the two load gauges, 7-8 ms of CPU apiece per scrape in a container, are not
        assertThat(scrape).doesNotContain("process_cpu_usage").doesNotContain("system_cpu_usage");
    }
}
