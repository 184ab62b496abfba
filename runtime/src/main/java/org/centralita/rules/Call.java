package org.centralita.rules;

import java.time.ZonedDateTime;

/**
 * The call a rule decides for, as a read-only fact: {@code Call( ani str[startsWith] "+34" )}
 * or {@code Call( now.getHour() >= 18 )}.
 */
public final class Call {

    private final String id;
    private final String ani;
    private final String dnis;
    private final String language;
    private final ZonedDateTime now;

    public Call(String id, String ani, String dnis, String language, ZonedDateTime now) {
        this.id = id;
        this.ani = ani;
        this.dnis = dnis;
        this.language = language;
        this.now = now;
    }

    public String getId() {
        return id;
    }

    /** The caller's number. */
    public String getAni() {
        return ani;
    }

    /** The number dialled. */
    public String getDnis() {
        return dnis;
    }

    public String getLanguage() {
        return language;
    }

    public ZonedDateTime getNow() {
        return now;
    }

    @Override
    public String toString() {
        return "Call[" + id + "]";
    }
}
