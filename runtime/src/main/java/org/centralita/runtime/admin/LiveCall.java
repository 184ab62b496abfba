package org.centralita.runtime.admin;

import java.time.Instant;

/** One call in progress: its flow and version, and the node it is at now. */
public final class LiveCall {

    private final String id;
    private final String flowId;
    private final String version;
    private final Instant since;
    private final LiveCalls registry;
    private volatile String node;

    LiveCall(String id, String flowId, String version, Instant since, LiveCalls registry) {
        this.id = id;
        this.flowId = flowId;
        this.version = version;
        this.since = since;
        this.registry = registry;
    }

    /** The call entered a node (the engine reports each {@code enter}). */
    public void at(String nodeId) {
        this.node = nodeId;
    }

    /** The call ended with this trace outcome; ending twice counts once. */
    public void end(String outcome) {
        registry.ended(this, outcome);
    }

    public String id() {
        return id;
    }

    public String flowId() {
        return flowId;
    }

    public String version() {
        return version;
    }

    public Instant since() {
        return since;
    }

    /** The node the call is at, or null before its first node. */
    public String node() {
        return node;
    }
}
