package org.centralita.runtime.channel;

import java.time.Duration;

/** A recording made on the call: where it is kept and how long it is. */
public record Recording(String location, Duration length) {
}
