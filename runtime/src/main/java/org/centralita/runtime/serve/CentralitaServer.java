package org.centralita.runtime.serve;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.centralita.flows.executable.ExecutableFlow;
import org.centralita.runtime.speech.SpeechConfig;
import org.centralita.runtime.speech.SpeechRuntime;
import org.centralita.runtime.speech.SpeechSettings;
import org.centralita.runtime.speech.StaticPrompts;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.centralita.runtime.ami.AmiSettings;
import org.centralita.runtime.ami.QueueStatusService;
import org.centralita.runtime.reports.AgentStates;
import org.centralita.runtime.reports.LiveQueueEvents;
import org.centralita.runtime.reports.QueueEventStore;
import org.centralita.runtime.reports.RejectedCalls;
import org.centralita.runtime.reports.ReportsConfig;
import org.centralita.runtime.engine.HandoffListener;
import org.centralita.runtime.engine.QueueStates;
import org.centralita.runtime.screenpop.ScreenPopSender;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.centralita.runtime.agi.AgiServer;
import org.centralita.runtime.agi.ChannelOptions;
import org.centralita.runtime.agi.PromptRenderer;
import org.centralita.runtime.calls.FlowCallHandler;
import org.centralita.runtime.config.ConfigException;
import org.centralita.runtime.config.RuntimeConfig;
import org.centralita.runtime.config.ServiceConfig;
import org.centralita.runtime.crm.CrmConnectors;
import org.centralita.runtime.engine.CallEngine;
import org.centralita.runtime.publish.CompilingFlowBuilder;
import org.centralita.runtime.rules.DroolsRulesCompiler;
import org.centralita.runtime.store.RecordWriter;
import org.centralita.runtime.store.RecordWriterSettings;
import org.centralita.runtime.store.RecordsStore;

/**
 * What {@code centralita serve} runs, wired from one configuration: the flows (published
 * through the store when it is PostgreSQL), the engine behind the FastAGI server, the records
 * store and its writer, the admin HTTP and the metrics. Started by {@link #start}, stopped
 * gracefully by {@link #shutdown()}.
 */
public final class CentralitaServer {

    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private static final Logger LOG = LoggerFactory.getLogger(CentralitaServer.class);
    private final CentralitaRuntime runtime;
    private final RecordsStore store;
    private final RecordWriter writer;
    private final AgiIntake intake;
    private final List<AutoCloseable> callServices;

    private CentralitaServer(CentralitaRuntime runtime, RecordsStore store, RecordWriter writer, AgiIntake intake,
                             List<AutoCloseable> callServices) {
        this.runtime = runtime;
        this.store = store;
        this.writer = writer;
        this.intake = intake;
        this.callServices = List.copyOf(callServices);
    }

    /**
     * Reads the configuration's sections and starts every component.
     *
     * @param environment where {@code *-env} keys are looked up ({@code System::getenv})
     * @throws ConfigException with every problem of the configuration, before anything starts
     */
    public static CentralitaServer start(RuntimeConfig config, Clock clock, UnaryOperator<String> environment)
            throws ConfigException {
        List<String> problems = new ArrayList<>();
        ServeSettings settings = read(() -> ServeConfig.from(config), problems);
        ServiceConfig service = read(() -> ServiceConfig.from(config), problems);
        Optional<AmiSettings> ami = Optional.ofNullable(read(() -> AmiSettings.from(config).orElse(null), problems));
        SpeechSettings speechSettings = read(() -> SpeechConfig.from(config), problems);
        ReportsConfig reports = read(() -> ReportsConfig.from(config), problems);
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        List<AutoCloseable> callServices = new ArrayList<>();
        SpeechRuntime speech = new SpeechRuntime(speechSettings);
        callServices.add(speech);
        ExecutorService synthesis = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "prompt-synthesis"));
        callServices.add(synthesis::shutdownNow);
        CentralitaRuntime runtime = new CentralitaRuntime(settings, new CompilingFlowBuilder(new DroolsRulesCompiler(),
                config.connectors().keySet(), speech.ttsLanguages(), flow -> synthesis.execute(() -> synthesize(speech, flow))),
                clock);
        RecordsStore store = RecordsStore.open(service.store().settings(environment));
        RecordWriter writer = RecordWriter.start(store, RecordWriterSettings.defaults(Path.of("."))
                .withJournal(service.store().journalDir()).withSpillAfter(service.store().spillAfter()));
        runtime.metrics().bindRecordWriter(writer);
        runtime.status().watch(writer.sharedThreads());
        QueueEventStore queueEvents = new QueueEventStore(store, reports.settings());
        AgentStates agentStates = new AgentStates();
        QueueStates queues = ami.<QueueStates>map(amiSettings -> {
            QueueStatusService status = QueueStatusService.start(amiSettings, environment);
            runtime.metrics().bindAmiConnected(status::connected);
            LiveQueueEvents live = new LiveQueueEvents(queueEvents);
            status.addEventListener(live);
            status.addEventListener(agentStates);
            callServices.add(status);
            callServices.add(live);
            return status;
        }).orElse(QueueStates.NONE);
        callServices.add(ReportsSetup.mount(runtime, store, queueEvents, agentStates, reports, clock));
        HandoffListener screenPops = ScreenPopSender.fromConfig(config.connectors(), environment, runtime.metrics());
        if (screenPops instanceof AutoCloseable closeable) {
            callServices.add(closeable);
        }
        CallEngine engine = new CallEngine(CrmConnectors.fromConfig(config.connectors(), environment),
                speech.speechMatcher(), queues, screenPops);
        FlowCallHandler handler = new FlowCallHandler(runtime.repository(), engine, runtime.liveCalls(),
                runtime.metrics(), writer::submitLater, nodeName(), clock);
        ChannelOptions options = ChannelOptions.of(service.agi(),
                speech.promptRenderer(PromptRenderer.hashed(soundFolder(speechSettings.sharedDirectory()))),
                runtime.metrics()::agiCommand);
        speech.mediaServer(service.agi().allow()).ifPresent(media -> {
            callServices.add(media);
            media.start();
        });
        RejectedCalls refused = new RejectedCalls(store);
        callServices.add(refused);
        AgiServer agi = new AgiServer(service.agi(), handler, options, () -> runtime.metrics().callRefused("capacity"));
        agi.onRefused((callId, flowId) -> refused.recordLater(callId, flowId, "busy", clock.instant()));
        agi.onConnectionClosed(runtime.metrics()::agiConnectionClosed);
        runtime.status().watch(agi.sharedThreads());
        AgiIntake intake = new AgiIntake(agi, service.agi());
        runtime.start(intake, new StoreOutlet(store, writer),
                store.postgres() ? new StoreVersionLedger(store.flowVersions()) : null);
        return new CentralitaServer(runtime, store, writer, intake, callServices);
    }

    /** Synthesizes a published flow's static prompts ahead of its calls; a failure only costs the first call time. */
    private static void synthesize(SpeechRuntime speech, ExecutableFlow flow) {
        try {
            StaticPrompts.Synthesized done = speech.staticPrompts().synthesize(flow);
            LOG.info("flow '{}': {} static prompts synthesized{}", flow.id(), done.prompts(),
                    done.languagesWithoutVoice().isEmpty() ? ""
                            : "; no voice for " + done.languagesWithoutVoice() + " (recordings are played)");
        } catch (RuntimeException e) {
            LOG.warn("flow '{}': static prompts not synthesized ahead ({}); calls synthesize them as they go",
                    flow.id(), e.toString());
        }
    }

    /** A section reader's result, or null with its problems added (so that all are told at once). */
    private static <T> T read(SectionReader<T> reader, List<String> problems) {
        try {
            return reader.read();
        } catch (ConfigException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    /** Reads some sections of the configuration. */
    @FunctionalInterface
    private interface SectionReader<T> {
        T read() throws ConfigException;
    }

    /**
     * How STREAM FILE names a prompt in the shared media directory: relative to Asterisk's
     * sounds directory when the directory is under it, else the absolute path.
     */
    static String soundFolder(Path sharedDir) {
        Path sounds = Path.of("/var/lib/asterisk/sounds");
        Path dir = sharedDir.toAbsolutePath().normalize();
        return dir.startsWith(sounds) && !dir.equals(sounds) ? sounds.relativize(dir).toString() : dir.toString();
    }

    /** This runtime's name in call records: host and process (and instance, when one JVM runs several). */
    private static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        int instance = INSTANCES.incrementAndGet();
        String node = host + "/" + ManagementFactory.getRuntimeMXBean().getPid();
        return instance == 1 ? node : node + "/" + instance;
    }

    /** Stops taking calls, drains live calls, flushes records, stops HTTP; safe to call twice. */
    public void shutdown() {
        runtime.shutdown();
        for (AutoCloseable service : callServices) {
            try {
                service.close();
            } catch (Exception e) {
                LOG.warn("could not close {}: {}", service.getClass().getSimpleName(), e.toString());
            }
        }
    }

    public CentralitaRuntime runtime() {
        return runtime;
    }

    /** The FastAGI port (the configured one, or the one picked for port 0). */
    public int agiPort() {
        return intake.port();
    }

    public int adminPort() {
        return runtime.adminPort();
    }

    /** The records store (for reports and tests; closed by the shutdown). */
    public RecordsStore store() {
        return store;
    }

    public RecordWriter writer() {
        return writer;
    }
}
