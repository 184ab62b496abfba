package org.centralita.runtime.crm;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How a CRM call went.
 *
 * @param httpStatus the HTTP status, or 0 when no reply came
 * @param body the reply's JSON (missing when not found or failed)
 * @param millis how long the call took
 * @param detail why it failed, for the trace and the log; null when found
 */
public record CrmReply(Result result, int httpStatus, JsonNode body, long millis, String detail) {

    /** The three ways a CRM look-up goes, as the {@code crm} node's outcomes name them. */
    public enum Result {
        FOUND, NOT_FOUND, ERROR
    }

    /** The {@code status} the trace shows: the HTTP status, or {@code timeout} / {@code failed}. */
    public Object traceStatus() {
        if (httpStatus > 0) {
            return httpStatus;
        }
        return "timeout".equals(detail) ? "timeout" : "failed";
    }
}
