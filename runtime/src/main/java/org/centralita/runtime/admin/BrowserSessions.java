package org.centralita.runtime.admin;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The browsers let in by {@code /login?token=}: each gets a random session id for its cookie, so
 * the admin token itself never sits in a browser's cookie store. A session lasts
 * {@link #LIFETIME} from its log-in; at most {@link #MOST} are kept (the oldest goes first), so
 * repeated log-ins cannot fill the memory. Sessions live in memory only: a restart logs every
 * browser out.
 */
final class BrowserSessions {

    static final Duration LIFETIME = Duration.ofHours(12);
    static final int MOST = 1_000;

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> expiries = new ConcurrentHashMap<>();

    BrowserSessions(Clock clock) {
        this.clock = clock;
    }

    /** A new session; returns its id for the cookie. */
    String open() {
        Instant now = clock.instant();
        expiries.values().removeIf(expiry -> !expiry.isAfter(now));
        while (expiries.size() >= MOST) {
            expiries.entrySet().stream().min(Map.Entry.comparingByValue(Comparator.naturalOrder()))
                    .ifPresent(oldest -> expiries.remove(oldest.getKey(), oldest.getValue()));
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        expiries.put(id, now.plus(LIFETIME));
        return id;
    }

    /** True when {@code id} is a session that has not expired. */
    boolean valid(String id) {
        if (id == null) {
            return false;
        }
        Instant expiry = expiries.get(id);
        if (expiry == null) {
            return false;
        }
        if (!expiry.isAfter(clock.instant())) {
            expiries.remove(id, expiry);
            return false;
        }
        return true;
    }

    /** How many sessions are kept (for tests). */
    int size() {
        return expiries.size();
    }
}
