package org.centralita.flows.executable;

import java.time.Duration;
import org.centralita.flows.expr.Template;

/** Transfers the call; each outcome may be null (then {@code error}, then on-error). */
public record TransferNode(String id, Template to, Duration timeout, String busy, String noAnswer,
                           String failed, String error) implements ExecutableNode {
}
