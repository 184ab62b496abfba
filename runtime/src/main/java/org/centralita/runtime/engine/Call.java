package org.centralita.runtime.engine;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.centralita.flows.executable.ExecutableFlow;
import org.centralita.flows.executable.VariableSpec;
import org.centralita.flows.expr.Expression;
import org.centralita.flows.expr.ExpressionException;
import org.centralita.flows.expr.Template;
import org.centralita.runtime.channel.CallChannel;
import org.centralita.runtime.channel.CallInfo;
import org.centralita.runtime.trace.CallTrace;

/**
 * The state of one call while the engine runs it: the call data expressions see as {@code call},
 * the flow variables of each running flow (the main flow and the subflows it called), the
 * language, the clock, the channel and the trace.
 */
public final class Call {

    private final CallInfo info;
    private final CallChannel channel;
    private final CallTrace trace;
    private final Clock clock;
    private final ZonedDateTime started;
    private final Deque<FlowFrame> frames = new ArrayDeque<>();
    private String language;
    private boolean callbackArranged;
    private String currentNode;
    private int nodesEntered;
    private int errorsHandled;

    private final java.util.Set<String> faults;
    private final QueueNames queues;

    Call(CallInfo info, CallChannel channel, CallTrace trace, Clock clock, ExecutableFlow flow, String language,
         java.util.Set<String> faults, QueueStates queueStates) {
        this.faults = faults;
        this.queues = new QueueNames(queueStates);
        this.info = info;
        this.channel = channel;
        this.trace = trace;
        this.clock = clock;
        this.started = ZonedDateTime.now(clock);
        this.language = language;
        frames.push(new FlowFrame(flow));
    }

    public CallInfo info() {
        return info;
    }

    public CallChannel channel() {
        return channel;
    }

    public CallTrace trace() {
        return trace;
    }

    public Clock clock() {
        return clock;
    }

    /** The call's current time, in its clock's zone. */
    public ZonedDateTime now() {
        return ZonedDateTime.now(clock);
    }

    public String language() {
        return language;
    }

    void setLanguage(String newLanguage) {
        language = newLanguage;
    }

    /** The flow running now (a subflow while one runs). */
    public ExecutableFlow flow() {
        return frames.peek().flow();
    }

    /** The running flow's variables and their values. */
    public Map<String, Object> variables() {
        return java.util.Collections.unmodifiableMap(frames.peek().variables());
    }

    /** Whether {@code variable} of the running flow is secret. */
    public boolean isSensitive(String variable) {
        return variable != null && flow().isSensitive(variable);
    }

    /**
     * The names an expression sees: the running flow's variables and {@code call}. A view, not a
     * copy: read it before the call assigns again. Names may be added to it ({@code value}).
     */
    public Map<String, Object> names() {
        return new Names(frames.peek().variables(), new CallData(this));
    }

    /** The names plus one more ({@code value} at an input). */
    public Map<String, Object> namesWith(String name, Object value) {
        Map<String, Object> names = names();
        names.put(name, value);
        return names;
    }

    /** The read-only call data under {@code call}; {@code call.queues.NAME} is read when asked for. */
    public Map<String, Object> callData() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", info.id());
        data.put("ani", info.ani());
        data.put("dnis", info.dnis());
        data.put("language", language);
        data.put("channel", info.channel());
        data.put("started", started);
        data.put("now", now());
        data.put("queues", queues);
        return data;
    }

    /** Evaluates {@code expression} over {@link #names()}; failing makes the node fail. */
    public Object evaluate(Expression expression) {
        return evaluate(expression, names());
    }

    /** Evaluates {@code expression} over {@code names}; failing makes the node fail. */
    public Object evaluate(Expression expression, Map<String, Object> names) {
        try {
            return expression.evaluate(names);
        } catch (ExpressionException e) {
            throw new NodeFailure(e.getMessage());
        }
    }

    /** Fills a template in over {@link #names()}; failing makes the node fail. */
    public String render(Template template) {
        try {
            return template.render(names());
        } catch (ExpressionException e) {
            throw new NodeFailure("'" + template.source() + "': " + e.getMessage());
        }
    }

    /** Tests a condition over {@code names}; failing (or not true/false) makes the node fail. */
    public boolean test(Expression condition, Map<String, Object> names) {
        try {
            return condition.test(names);
        } catch (ExpressionException e) {
            throw new NodeFailure(e.getMessage());
        }
    }

    /** Sets a variable of the running flow, converted to its type, and traces it (masked when secret). */
    public void assign(String node, String variable, Object value) {
        VariableSpec spec = flow().variables().get(variable);
        if (spec == null) {
            throw new NodeFailure("flow '" + flow().id() + "' has no variable '" + variable + "'");
        }
        Object converted = VariableValues.convert(variable, spec.type(), value);
        frames.peek().variables().put(variable, converted);
        trace.assign(node, variable, converted, spec.sensitive());
    }

    void enterSubflow(ExecutableFlow subflow) {
        frames.push(new FlowFrame(subflow));
    }

    void leaveSubflow() {
        frames.pop();
    }

    /** How many subflows deep the call is (0 in the main flow). */
    public int subflowDepth() {
        return frames.size() - 1;
    }

    /** The node the call is at (null before the first). */
    public String currentNode() {
        return currentNode;
    }

    /** Counts entering {@code node}; the total guards against flows that never end. */
    int enter(String node) {
        currentNode = node;
        return ++nodesEntered;
    }

    /** Whether a simulation made {@code node} fail on purpose. */
    boolean isFaulted(String node) {
        return faults.contains(node);
    }

    /** Counts one more failure routed to an error path; the total stops error loops. */
    int countErrorHandled() {
        return ++errorsHandled;
    }

    /** Whether a call back was arranged: a flow hang-up then ends the call as {@code callback}. */
    public boolean callbackArranged() {
        return callbackArranged;
    }

    void arrangeCallback() {
        callbackArranged = true;
    }
}
