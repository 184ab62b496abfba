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

    /**
     * Whether {@code variable} of the running flow is secret: declared sensitive, or holding a
     * value derived from a secret (copied, concatenated, cut, filled into a template).
     */
    public boolean isSensitive(String variable) {
        return variable != null && frames.peek().isSecret(variable);
    }

    /** Whether any of {@code names} is a secret variable of the running flow. */
    public boolean readsSecret(java.util.Collection<String> names) {
        for (String name : names) {
            if (isSensitive(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The names with every secret variable reading {@code ***}: what leaves the runtime (a CRM
     * request) is filled in from these, so a secret cannot reach it in clear.
     */
    public Map<String, Object> maskedNames() {
        return new Names(SecretValues.masked(frames.peek()), new CallData(this));
    }

    /** {@code rendered} as the trace shows it: {@code ***} when {@code template} read a secret. */
    public String shown(Template template, String rendered) {
        return readsSecret(template.variables()) ? org.centralita.runtime.trace.Masking.MASK : rendered;
    }

    /** Whether {@code value}'s text holds the text of a secret value of the call. */
    public boolean quotesSecret(Object value) {
        String text = Template.display(value);
        return !text.equals(scrub(text));
    }

    /** {@code message} with the value of every secret variable of the call replaced by {@code ***}. */
    public String scrub(String message) {
        return SecretValues.scrub(message, frames);
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
            throw failure(expression.source(), expression.variables(), e);
        }
    }

    /** A failed expression's message, withheld when it read a secret (it may quote the value). */
    private NodeFailure failure(String source, java.util.Set<String> read, ExpressionException e) {
        if (readsSecret(read)) {
            return new NodeFailure("'" + source + "' failed on a sensitive value (details withheld)");
        }
        return new NodeFailure(e.getMessage());
    }

    /** Fills a template in over {@link #names()}; failing makes the node fail. */
    public String render(Template template) {
        try {
            return template.render(names());
        } catch (ExpressionException e) {
            if (readsSecret(template.variables())) {
                throw failure(template.source(), template.variables(), e);
            }
            throw new NodeFailure("'" + template.source() + "': " + e.getMessage());
        }
    }

    /** Tests a condition over {@code names}; failing (or not true/false) makes the node fail. */
    public boolean test(Expression condition, Map<String, Object> names) {
        try {
            return condition.test(names);
        } catch (ExpressionException e) {
            throw failure(condition.source(), condition.variables(), e);
        }
    }

    /** Sets a variable of the running flow, converted to its type, and traces it (masked when secret). */
    public void assign(String node, String variable, Object value) {
        assign(node, variable, value, false);
    }

    /**
     * Sets a variable to the value of {@code expression}: when the expression reads a secret, the
     * variable holds a secret too, and is masked wherever it goes as the secret is.
     */
    public void assign(String node, String variable, Expression expression) {
        assign(node, variable, evaluate(expression), readsSecret(expression.variables()));
    }

    /** Sets a variable; {@code derivedFromSecret} makes it secret (see {@link #isSensitive}). */
    public void assign(String node, String variable, Object value, boolean derivedFromSecret) {
        VariableSpec spec = flow().variables().get(variable);
        if (spec == null) {
            throw new NodeFailure("flow '" + flow().id() + "' has no variable '" + variable + "'");
        }
        boolean derived = derivedFromSecret && spec.takesSecrecy();
        boolean secret = spec.sensitive() || derived;
        Object converted;
        try {
            converted = VariableValues.convert(variable, spec.type(), value);
        } catch (NodeFailure e) {
            throw secret ? new NodeFailure("variable '" + variable + "' is a " + spec.type()
                    + ", and the sensitive value given is not one (not shown)") : e;
        }
        frames.peek().set(variable, converted, derived);
        trace.assign(node, variable, converted, secret);
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
