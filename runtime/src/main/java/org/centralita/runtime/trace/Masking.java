package org.centralita.runtime.trace;

/** How secrets (PINs, card numbers) appear in traces, logs and records: never in clear. */
public final class Masking {

    /** What a secret value reads as. */
    public static final String MASK = "***";

    private Masking() {
    }

    /** {@code value}, or the mask when it is secret. */
    public static Object mask(Object value, boolean secret) {
        return secret ? MASK : value;
    }
}
