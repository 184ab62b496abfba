package org.centralita.runtime.engine;

import static org.centralita.runtime.engine.TestFlows.expr;
import static org.centralita.runtime.engine.TestFlows.say;
import static org.centralita.runtime.engine.TestFlows.timing;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.centralita.flows.executable.DecisionNode;
import org.centralita.flows.executable.ExecutableFlow;
import org.centralita.flows.executable.HangupNode;
import org.centralita.flows.executable.InputNode;
import org.centralita.flows.executable.MenuNode;
import org.centralita.flows.executable.PlayNode;
import org.centralita.flows.executable.QueueNode;
import org.centralita.flows.executable.SetNode;
import org.centralita.runtime.channel.CallInfo;
import org.centralita.runtime.sim.CallerAction;
import org.centralita.runtime.sim.HandoffPlan;
import org.centralita.runtime.sim.ScriptedCaller;
import org.centralita.runtime.trace.InMemoryTraceSink;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How fast the engine walks flows: node entries per second on a loop of {@code set} and
 * {@code decision} nodes (expressions evaluated at each step), and whole simulated calls per
 * second (menu, account and PIN inputs, a decision, a queue hand-off, with the trace kept).
 * See docs/benchmarks.md for the command.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBenchmark {

    /** Loop rounds per call: two node entries each, plus the start and the hang-up. */
    private static final int ROUNDS = 2_000;
    private static final int STEPS_PER_LOOP_CALL = 2 * ROUNDS + 2;

    private final CallEngine engine = CallEngine.standalone();
    private final CallInfo info = new CallInfo("bench", "+34600111222", "100", null, "SIP/bench", Map.of());

    private final ExecutableFlow loop = TestFlows.flow("loop").variable("n", "number")
            .node(new SetNode("start", Map.of("n", expr("0")), "count", null))
            .node(new SetNode("count", Map.of("n", expr("n + 1")), "check", null))
            .node(new DecisionNode("check", List.of(new DecisionNode.Branch(expr("n < " + ROUNDS), "count")), "done", null))
            .node(new HangupNode("done", null, null))
            .build();

    private final ExecutableFlow typical = TestFlows.flow("typical").variable("account", "digits")
            .secret("pin", "digits").variable("vip", "boolean")
            .node(new PlayNode("greet", say("Welcome to Acme Bank."), true, "menu", null))
            .node(new MenuNode("menu", say("For your balance press 1. For an adviser press 0."),
                    List.of(new MenuNode.Option("1", List.of("balance"), "account"),
                            new MenuNode.Option("0", List.of("adviser"), "account")),
                    timing(3), null, null, 0.5, "bye", null))
            .node(new InputNode("account", say("Enter your account number."), "digits", 8, 10, "#", timing(3), null,
                    List.of(), null, null, "account", false, null, null, 0.5, "pin", "bye", null))
            .node(new InputNode("pin", say("Enter your PIN."), "digits", 4, 4, "#", timing(3), null,
                    List.of(), null, null, "pin", false, null, null, 0.5, "vip", "bye", null))
            .node(new SetNode("vip", Map.of("vip", expr("account.startsWith('9')")), "route", null))
            .node(new DecisionNode("route", List.of(new DecisionNode.Branch(expr("vip"), "gold")), "retail", null))
            .node(new QueueNode("gold", "gold", 8, null, false, Map.of("account", expr("account")), "bye", null))
            .node(new QueueNode("retail", "retail", 2, null, false, Map.of("account", expr("account")), "bye", null))
            .node(new HangupNode("bye", say("Goodbye."), null))
            .build();

    private final List<CallerAction> typicalCaller = List.of(new CallerAction.Silence(), new CallerAction.Press("1"),
            new CallerAction.Press("98765432#"), new CallerAction.Press("1234"));

    @Benchmark
    @OperationsPerInvocation(STEPS_PER_LOOP_CALL)
    public CallEnd nodeSteps() {
        return engine.run(loop, new ScriptedCaller(info, List.of(), HandoffPlan.delivered()), CallSetup.defaults());
    }

    @Benchmark
    public CallEnd typicalCall() {
        InMemoryTraceSink trace = new InMemoryTraceSink();
        return engine.run(typical, new ScriptedCaller(info, typicalCaller, HandoffPlan.delivered()),
                CallSetup.defaults().withTrace(trace));
    }
}
