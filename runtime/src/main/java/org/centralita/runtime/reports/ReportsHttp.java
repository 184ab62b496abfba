package org.centralita.runtime.reports;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.centralita.runtime.admin.AdminRoutes;

/**
 * The reports on the admin HTTP server, behind the admin token: every table as JSON or CSV
 * ({@code /reports/{table}}), the per-node counts of a flow for the designer's overlay
 * ({@code /reports/flows/{flow}/nodes}), the report and wallboard pages ({@code /ui/...}) with
 * their bundled chart library, and the wallboard's live feed (server-sent events).
 */
public final class ReportsHttp implements AdminRoutes {

    /** The Apache ECharts release bundled from its webjar (tycho-pom.xml pins the same version). */
    static final String ECHARTS = "/META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";

    private final ReportTables tables;
    private final Reports reports;
    private final Wallboard wallboard;
    private final ZoneId zone;
    private final Clock clock;

    public ReportsHttp(Reports reports, Wallboard wallboard, ZoneId zone, Clock clock) {
        this.reports = reports;
        this.tables = new ReportTables(reports);
        this.wallboard = wallboard;
        this.zone = zone;
        this.clock = clock;
    }

    @Override
    public void install(Javalin app) {
        // a bad filter is the caller's mistake: its message, never the 500 of the catch-all handler
        app.exception(io.javalin.http.HttpResponseException.class, (e, ctx) ->
                ctx.status(e.getStatus()).json(Map.of("error", e.getMessage())));
        app.get("/reports/flows/{flow}/nodes", this::nodes);
        app.get("/reports/wallboard", ctx -> ctx.contentType("application/json").result(wallboard.snapshotJson()));
        app.sse("/reports/wallboard/events", wallboard::subscribe);
        app.get("/reports/{table}", this::table);
        app.get("/ui/reports", ctx -> page(ctx, "reports.html"));
        app.get("/ui/wallboard", ctx -> page(ctx, "wallboard.html"));
        app.get("/ui/assets/reports.js", ctx -> asset(ctx, "/reports-ui/reports.js", "text/javascript"));
        app.get("/ui/assets/wallboard.js", ctx -> asset(ctx, "/reports-ui/wallboard.js", "text/javascript"));
        app.get("/ui/assets/reports.css", ctx -> asset(ctx, "/reports-ui/reports.css", "text/css"));
        app.get("/ui/assets/echarts.min.js", ctx -> asset(ctx, ECHARTS, "text/javascript"));
    }

    private void table(Context ctx) {
        String name = ctx.pathParam("table");
        boolean csv = name.endsWith(".csv") || "csv".equals(ctx.queryParam("format"));
        name = name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        if (!ReportTables.NAMES.contains(name)) {
            throw new io.javalin.http.NotFoundResponse("no report '" + name + "': use one of " + ReportTables.NAMES);
        }
        ReportTable table = tables.table(name, period(ctx), interval(ctx));
        if (csv) {
            ctx.contentType("text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"")
                    .result(ReportFormat.csv(table));
        } else {
            ctx.json(json(table));
        }
    }

    /** The table with its rows twice: as values (for charts) and as the cells the CSV prints (for the page). */
    private static Map<String, Object> json(ReportTable table) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", table.name());
        json.put("title", table.title());
        json.put("columns", table.columns());
        json.put("rows", table.rows());
        json.put("cells", table.rows().stream().map(row -> row.stream().map(ReportTable::cell).toList()).toList());
        return json;
    }

    private void nodes(Context ctx) {
        String flow = ctx.pathParam("flow");
        ReportPeriod period = period(ctx).withFlow(flow);
        List<NodeCounts> nodes = reports.nodes(period, flow);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("flow", flow);
        json.put("from", period.from().toString());
        json.put("to", period.to().toString());
        json.put("nodes", nodes);
        ctx.json(json);
    }

    private ReportPeriod period(Context ctx) {
        try {
            return new PeriodParser(zone, clock).parse(ctx.queryParam("from"), ctx.queryParam("to"))
                    .withQueue(ctx.queryParam("queue")).withFlow(ctx.queryParam("flow"));
        } catch (IllegalArgumentException e) {
            throw new io.javalin.http.BadRequestResponse(e.getMessage().replace("--", ""));
        }
    }

    private static ReportInterval interval(Context ctx) {
        String text = ctx.queryParam("interval");
        try {
            return text == null || text.isBlank() ? ReportInterval.HOUR : ReportInterval.parse(text);
        } catch (IllegalArgumentException e) {
            throw new io.javalin.http.BadRequestResponse(e.getMessage());
        }
    }

    private static void page(Context ctx, String name) {
        ctx.header("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:");
        asset(ctx, "/reports-ui/" + name, "text/html; charset=utf-8");
    }

    private static void asset(Context ctx, String resource, String type) {
        try (InputStream in = ReportsHttp.class.getResourceAsStream(resource)) {
            if (in == null) {
                ctx.status(HttpStatus.NOT_FOUND).result("missing resource " + resource);
                return;
            }
            ctx.contentType(type).header("Cache-Control", "no-cache").result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
