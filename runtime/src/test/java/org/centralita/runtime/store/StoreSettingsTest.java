package org.centralita.runtime.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The URL the store's connections use: H2 writes each commit at once unless the URL says otherwise. */
class StoreSettingsTest {

    @Test
    void shouldHaveAnH2DatabaseWriteEachCommitAtOnce() {
        assertThat(StoreSettings.of("jdbc:h2:./data/centralita").jdbcUrl())
                .isEqualTo("jdbc:h2:./data/centralita;WRITE_DELAY=0");
        assertThat(StoreSettings.of("jdbc:h2:./data/centralita;MODE=PostgreSQL").jdbcUrl())
                .isEqualTo("jdbc:h2:./data/centralita;MODE=PostgreSQL;WRITE_DELAY=0");
    }

    @Test
    void shouldKeepTheWriteDelayAnH2UrlSets() {
        assertThat(StoreSettings.of("jdbc:h2:./data/centralita;write_delay=2000").jdbcUrl())
                .isEqualTo("jdbc:h2:./data/centralita;write_delay=2000");
    }

    @Test
    void shouldLeaveAPostgresUrlAsGiven() {
        String url = "jdbc:postgresql://db.example.com:5432/centralita?user=centralita";
        assertThat(StoreSettings.of(url).jdbcUrl()).isEqualTo(url);
    }
}
