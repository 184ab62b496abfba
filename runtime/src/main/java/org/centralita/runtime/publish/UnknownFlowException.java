package org.centralita.runtime.publish;

/** A rollback or look-up named a flow, or a version of it, that the repository does not hold. */
public class UnknownFlowException extends RuntimeException {

    public UnknownFlowException(String flowId, Integer version) {
        super(version == null ? "no published flow '" + flowId + "'"
                : "flow '" + flowId + "' has no kept version " + version);
    }
}
