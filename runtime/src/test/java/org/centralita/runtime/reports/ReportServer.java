package org.centralita.runtime.reports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import org.centralita.runtime.admin.AdminServer;
import org.centralita.runtime.admin.AdminSettings;
import org.centralita.runtime.admin.AdminToken;
import org.centralita.runtime.admin.LiveCalls;
import org.centralita.runtime.admin.RuntimeMetrics;
import org.centralita.runtime.admin.RuntimeStatus;
import org.centralita.runtime.publish.FlowRepository;
import org.centralita.runtime.publish.TestBuilders;
import org.centralita.runtime.store.RecordsStore;

/** The runtime's admin HTTP server with the reports mounted, as {@code centralita serve} mounts them, on a free port. */
final class ReportServer implements AutoCloseable {

    final RecordsStore store;
    final QueueEventStore events;
    final Wallboard wallboard;
    final String base;
    final String token;
    private final AdminServer admin;

    ReportServer(Path dir, ZoneId zone, Clock clock) throws Exception {
        store = RecordsStore.open("jdbc:h2:" + dir.resolve("records"));
        events = new QueueEventStore(store);
        Reports reports = new Reports(store, ReportSettings.defaults(), clock);
        wallboard = new Wallboard(store, reports, events, zone, clock);
        Path tokenFile = dir.resolve("admin.token");
        RuntimeMetrics metrics = new RuntimeMetrics();
        admin = new AdminServer(new AdminSettings("127.0.0.1", 0, tokenFile, AdminSettings.DEFAULT_MAX_BUNDLE_BYTES),
                AdminToken.loadOrCreate(tokenFile), new FlowRepository(TestBuilders.real(), 5, clock),
                new LiveCalls(metrics, clock), metrics, new RuntimeStatus("test", clock))
                .routes(new ReportsHttp(reports, wallboard, zone, clock));
        base = "http://127.0.0.1:" + admin.start();
        token = Files.readString(tokenFile).strip();
    }

    /** The address a browser opens to log in and land on {@code page}. */
    String login(String page) {
        return base + "/login?token=" + token + "&next=" + java.net.URLEncoder.encode(page, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        admin.close();
        wallboard.close();
        store.close();
    }
}
