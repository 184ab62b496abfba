package org.centralita.runtime.reports;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.centralita.runtime.config.ConfigException;
import org.centralita.runtime.config.ConfigReader;
import org.centralita.runtime.config.RuntimeConfig;
import org.centralita.runtime.config.ServiceConfig;
import org.centralita.runtime.store.RecordsStore;
import org.centralita.runtime.store.StoreSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code centralita report}: the supervisor reports from the records store as a text table, CSV
 * or an HTML file, for people and scripts; {@code --queue-log FILE} reads Asterisk's queue_log
 * into the store first (safe to repeat: nothing is counted twice).
 */
@Command(name = "report", mixinStandardHelpOptions = true, subcommands = RebuildSumsCommand.class,
        description = "Supervisor reports from the records store (queues, flows, agents, intervals, nodes).")
public final class ReportCommand implements Callable<Integer> {

    @Option(names = "--from", paramLabel = "D", description = "first day (2026-12-05) or time; default today")
    String from;
    @Option(names = "--to", paramLabel = "D", description = "last day (included) or end time; default the --from day")
    String to;
    @Option(names = "--format", paramLabel = "F", split = ",", defaultValue = "text",
            description = "text, csv or html; several separated by commas write one file each with --out")
    List<String> formats;
    @Option(names = "--out", paramLabel = "F", description = "write to this file instead of standard output")
    Path out;
    @Option(names = "--config", paramLabel = "FILE", description = "centralita.yaml: the store to read")
    Path config;
    @Option(names = "--store", paramLabel = "URL", description = "the store's JDBC URL (instead of --config)")
    String storeUrl;
    @Option(names = "--queue", paramLabel = "Q", description = "only this queue")
    String queue;
    @Option(names = "--flow", paramLabel = "ID", description = "only the calls of this flow (adds the node table)")
    String flow;
    @Option(names = "--interval", paramLabel = "I", defaultValue = "hour", description = "15m, hour or day")
    String interval;
    @Option(names = "--zone", paramLabel = "Z", description = "the contact center's time zone; default this machine's")
    ZoneId zone;
    @Option(names = "--table", paramLabel = "T", split = ",", description = "only these tables: queues, overflows, flows, agents, intervals, nodes")
    List<String> tables;
    @Option(names = "--short-abandon", paramLabel = "S", description = "abandons under S seconds are short (default 5)")
    Integer shortAbandon;
    @Option(names = "--service-level", paramLabel = "S", description = "answered within S seconds, every queue (default 20)")
    Integer serviceLevel;
    @Option(names = "--queue-log", paramLabel = "FILE", description = "read Asterisk's queue_log into the store first")
    Path queueLog;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        RuntimeConfig runtimeConfig;
        ReportsConfig reportsConfig;
        try {
            runtimeConfig = config == null ? RuntimeConfig.defaults() : ConfigReader.read(config);
            reportsConfig = ReportsConfig.from(runtimeConfig);
        } catch (ConfigException e) {
            e.problems().forEach(err::println);
            return 1;
        }
        ZoneId center = zone != null ? zone : reportsConfig.zone();
        List<ReportFormat> chosen = formats.stream().map(ReportFormat::parse).toList();
        ReportInterval length = ReportInterval.parse(interval);
        ReportPeriod period = new PeriodParser(center, Clock.systemUTC()).parse(from, to).withQueue(queue).withFlow(flow);
        try (RecordsStore store = RecordsStore.open(storeSettings(runtimeConfig))) {
            if (queueLog != null) {
                QueueLogImport.Result imported = new QueueLogImport(new QueueEventStore(store, reportsConfig.settings())).read(queueLog);
                imported.problems().forEach(err::println);
                err.println(queueLog + ": " + imported.summary());
            }
            Reports reports = new Reports(store, settings(reportsConfig.settings()), Clock.systemUTC());
            List<ReportTable> chosenTables = tables(new ReportTables(reports), period, length);
            String heading = "Centralita report " + period.from().atZone(center).toLocalDateTime() + " to "
                    + period.to().atZone(center).toLocalDateTime() + " (" + center + ")";
            for (ReportFormat format : chosen) {
                write(format, format.render(chosenTables, heading), chosen.size() > 1);
            }
        } catch (ConfigException e) {
            e.problems().forEach(err::println);
            return 1;
        }
        return 0;
    }

    private List<ReportTable> tables(ReportTables all, ReportPeriod period, ReportInterval length) {
        if (tables == null || tables.isEmpty()) {
            return all.all(period, length);
        }
        List<ReportTable> chosen = new ArrayList<>();
        for (String name : tables) {
            chosen.add(all.table(name.strip(), period, length));
        }
        return chosen;
    }

    private StoreSettings storeSettings(RuntimeConfig runtimeConfig) throws ConfigException {
        if (storeUrl != null) {
            return StoreSettings.of(storeUrl);
        }
        return ServiceConfig.from(runtimeConfig).store().settings(System::getenv);
    }

    /** The configuration's thresholds, with the options given on the command line instead. */
    private ReportSettings settings(ReportSettings configured) {
        return configured.withThresholds(shortAbandon != null ? shortAbandon : configured.shortAbandonSeconds(),
                serviceLevel != null ? serviceLevel : configured.defaultServiceLevelSeconds(),
                serviceLevel != null ? java.util.Map.of() : configured.serviceLevelSeconds());
    }

    private void write(ReportFormat format, String text, boolean several) throws IOException {
        if (out == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return;
        }
        Path file = several ? withExtension(out, format.extension()) : out;
        Files.writeString(file, text, StandardCharsets.UTF_8);
        spec.commandLine().getErr().println("report written to " + file);
    }

    private static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + "." + extension);
    }
}
