package org.centralita.runtime.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The report pages' browser sessions: random, expiring, bounded. */
class BrowserSessionsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T08:00:00Z"));
    private final BrowserSessions sessions = new BrowserSessions(clock);

    @Test
    void shouldKeepASessionForTwelveHoursThenRefuseIt() {
        String id = sessions.open();
        assertThat(id).hasSizeGreaterThanOrEqualTo(43);
        clock.now = clock.now.plus(BrowserSessions.LIFETIME).minusSeconds(1);
        assertThat(sessions.valid(id)).isTrue();
        clock.now = clock.now.plusSeconds(1);
        assertThat(sessions.valid(id)).isFalse();
        assertThat(sessions.valid(null)).isFalse();
        assertThat(sessions.valid("not-given-out")).isFalse();
    }

    @Test
    void shouldGiveEachLogInItsOwnIdAndKeepAtMostAThousand() {
        Set<String> ids = new HashSet<>();
        String first = sessions.open();
        for (int i = 0; i < 1_500; i++) {
            clock.now = clock.now.plusMillis(1);
            ids.add(sessions.open());
        }
        assertThat(ids).hasSize(1_500);
        assertThat(sessions.size()).isEqualTo(BrowserSessions.MOST);
        // the oldest went first
        assertThat(sessions.valid(first)).isFalse();
        assertThat(ids.stream().filter(sessions::valid).count()).isEqualTo(BrowserSessions.MOST);
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
