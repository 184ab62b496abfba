package org.centralita.runtime.engine;

import org.centralita.flows.executable.ExecutableFlow;
import org.centralita.flows.executable.ExecutableNode;
import org.centralita.runtime.channel.CallerHungUp;
import org.centralita.runtime.crm.CrmConnectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Walks one flow of a call from its start node: enters each node, runs its executor, follows the
 * outcome. A failure takes the node's error outcome, else the flow's on-error, else (in the main
 * flow) the built-in apology and a hang-up; a subflow without an error path fails its caller.
 */
final class FlowInterpreter {

    /** Node entries one call may make: more is a flow that never ends. */
    static final int MAX_NODES_PER_CALL = 10_000;
    /** Failures one call may route to error paths: more is an error handler that fails itself. */
    static final int MAX_ERRORS_HANDLED = 5;

    private static final Logger LOG = LoggerFactory.getLogger(FlowInterpreter.class);

    private final ExecutorRegistry executors;

    FlowInterpreter(CrmConnectors crm, SpeechMatcher speech) {
        this(crm, speech, HandoffListener.NONE);
    }

    FlowInterpreter(CrmConnectors crm, SpeechMatcher speech, HandoffListener handoffs) {
        this.executors = ExecutorRegistry.standard(crm, speech, handoffs, this::run);
    }

    /** Runs the call's current flow (the main flow, or the subflow just entered). */
    FrameResult run(Call call) {
        ExecutableFlow flow = call.flow();
        String nodeId = flow.start();
        while (true) {
            ExecutableNode node = flow.nodes().get(nodeId);
            if (node == null) {
                return apology(call, call.currentNode(), "flow '" + flow.id() + "' has no node '" + nodeId + "'");
            }
            if (call.enter(node.id()) > MAX_NODES_PER_CALL) {
                call.trace().error(node.id(), "the call passed " + MAX_NODES_PER_CALL + " nodes without ending");
                return apology(call, node.id(), "the flow does not end");
            }
            call.trace().enter(node.id(), node.type(), call.subflowDepth() > 0 ? flow.id() : null);
            Step step = execute(node, call);
            if (step instanceof Step.Next next) {
                nodeId = next.node();
            } else if (step instanceof Step.End end) {
                return new FrameResult.Ended(end.outcome(), end.handoff(), null);
            } else if (step instanceof Step.Return returned) {
                return new FrameResult.Returned(returned.outcome());
            } else {
                // a failure may quote a value: no secret reaches the trace, the log or the record
                String message = call.scrub(((Step.Fail) step).message());
                call.trace().error(node.id(), message);
                LOG.warn("flow '{}' version {} node '{}' failed: {}", flow.id(), flow.version(), node.id(), message);
                String handler = node.error() != null ? node.error() : flow.onError();
                if (handler == null && call.subflowDepth() > 0) {
                    return new FrameResult.Failed(message);
                }
                if (handler == null || handler.equals(node.id()) || call.countErrorHandled() > MAX_ERRORS_HANDLED) {
                    return apology(call, node.id(), message);
                }
                nodeId = handler;
            }
        }
    }

    private Step execute(ExecutableNode node, Call call) {
        if (call.isFaulted(node.id())) {
            return Step.fail("fault injected by the simulation");
        }
        try {
            return executors.execute(node, call);
        } catch (NodeFailure e) {
            return Step.fail(e.getMessage());
        } catch (CallerHungUp e) {
            throw e;
        } catch (RuntimeException e) {
            String detail = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            String scrubbed = call.scrub(detail);
            if (scrubbed.equals(detail)) {
                LOG.error("node '{}' of flow '{}' failed unexpectedly", node.id(), call.flow().id(), e);
            } else {
                // the exception's own message quotes a secret: log the scrubbed one, without it
                LOG.error("node '{}' of flow '{}' failed unexpectedly: {}", node.id(), call.flow().id(), scrubbed);
            }
            return Step.fail("internal error: " + scrubbed);
        }
    }

    /** Never dead air: say sorry and hang up (with CENTRALITA_STATUS=ERROR the dialplan falls back to a person). */
    private static FrameResult apology(Call call, String node, String message) {
        try {
            Dialogue.playBuiltIn(call, node, BuiltInPrompts.APOLOGY);
        } catch (NodeFailure unplayable) {
            // the apology cannot be heard in this language either: the call still ends as an error at once
            call.trace().error(node, unplayable.getMessage());
        }
        call.trace().hangup(node, "flow");
        call.channel().hangup();
        return new FrameResult.Ended(CallOutcome.ERROR, null, message);
    }
}
