package org.centralita.runtime.serve;

import java.time.Clock;
import java.time.ZoneId;
import org.centralita.runtime.reports.AgentStates;
import org.centralita.runtime.reports.QueueEventStore;
import org.centralita.runtime.reports.ReportsConfig;
import org.centralita.runtime.reports.Reports;
import org.centralita.runtime.reports.ReportsHttp;
import org.centralita.runtime.reports.Wallboard;
import org.centralita.runtime.store.RecordsStore;

/** Puts the supervisor reports and the live wallboard on the runtime's admin HTTP server. */
final class ReportsSetup {

    private ReportsSetup() {
    }

    /** Adds the report endpoints and pages; returns the wallboard, to be closed at shutdown. */
    static Wallboard mount(CentralitaRuntime runtime, RecordsStore store, QueueEventStore events, AgentStates agents,
                           ReportsConfig config, Clock clock) {
        ZoneId zone = config.zone();
        Reports reports = new Reports(store, config.settings(), clock);
        Wallboard wallboard = new Wallboard(store, reports, events, agents, zone, clock);
        runtime.addAdminRoutes(new ReportsHttp(reports, wallboard, zone, clock));
        return wallboard;
    }
}
