package org.centralita.flows.executable;

import org.centralita.flows.expr.Template;

/** Sends the caller to a voicemail box; {@code next} may be null (the call ends there). */
public record VoicemailNode(String id, Template mailbox, String next, String error) implements ExecutableNode {
}
