package org.centralita.runtime.serve;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A clock that runs from an instant a test sets, as {@code simulate --at} does, in that instant's zone. */
final class MovableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;
    private volatile ZoneId zone = ZoneId.of("UTC");

    /** From now on the clock reads {@code at} and runs on from there. */
    void setTo(String at) {
        ZonedDateTime start = ZonedDateTime.parse(at);
        zone = start.getZone();
        offset = Duration.between(Instant.now(), start.toInstant());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return Clock.offset(Clock.system(newZone), offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
