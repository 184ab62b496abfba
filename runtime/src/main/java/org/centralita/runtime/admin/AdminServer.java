package org.centralita.runtime.admin;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.eclipse.jetty.server.LowResourceMonitor;
import org.centralita.runtime.publish.FlowRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin and metrics HTTP API (Javalin on Jetty): health, flows, publish, rollback, live
 * calls and Prometheus metrics. Every endpoint but {@code /health} needs
 * {@code Authorization: Bearer <token>}. Errors are JSON, never a stack trace.
 */
public final class AdminServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AdminServer.class);
    private static final String BEARER = "Bearer ";
    /**
     * The browser pages' cookie: a session id (never the token) set by {@code /login?token=},
     * accepted for GET requests only.
     */
    static final String COOKIE = "centralita_admin";
    /** How often Jetty's low-resource monitor looks at the thread pool and connections. */
    static final int LOW_RESOURCES_PERIOD_MS = 10_000;

    private final AdminSettings settings;
    private final AdminToken token;
    private final Javalin app;
    private final BrowserSessions sessions = new BrowserSessions(java.time.Clock.systemUTC());

    public AdminServer(AdminSettings settings, AdminToken token, FlowRepository repository,
                       LiveCalls liveCalls, RuntimeMetrics metrics, RuntimeStatus status) {
        this.settings = settings;
        this.token = token;
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.http.maxRequestSize = settings.maxBundleBytes();
            // Javalin's Jetty watches for low resources (its thread pool run short) every second,
            // waking a thread for it while nothing is asked: every 10 s is enough for this API
            config.jetty.modifyServer(server -> server.getBeans(LowResourceMonitor.class)
                    .forEach(monitor -> monitor.setPeriod(LOW_RESOURCES_PERIOD_MS)));
        });
        FlowsApi flows = new FlowsApi(repository, metrics, settings.maxBundleBytes());
        app.before(this::requireToken);
        app.get("/login", this::login);
        app.get("/health", ctx -> health(ctx, liveCalls, status, repository));
        app.get("/flows", flows::list);
        app.get("/flows/{id}", flows::one);
        app.post("/flows", flows::publish);
        app.post("/flows/{id}/rollback", flows::rollback);
        app.get("/calls", ctx -> ctx.json(new AdminViews.Calls(
                liveCalls.list().stream().map(AdminViews.Call::of).toList())));
        app.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape()));
        ApiErrors.install(app);
    }

    /** Adds more endpoints (reports, wallboard) behind the same token; call before {@link #start()}. */
    public AdminServer routes(AdminRoutes routes) {
        routes.install(app);
        return this;
    }

    /** Starts listening; returns the port (useful when the settings ask for port 0). */
    public int start() {
        app.start(settings.bind(), settings.port());
        LOG.info("admin and metrics HTTP listening on http://{}:{}", settings.bind(), app.port());
        return app.port();
    }

    /** The Jetty server under the API (for tests). */
    org.eclipse.jetty.server.Server jetty() {
        return app.jettyServer().server();
    }

    private void requireToken(Context ctx) {
        if (ctx.path().equals("/health") || ctx.path().equals("/login")) {
            return;
        }
        String header = ctx.header("Authorization");
        String presented = header != null && header.startsWith(BEARER) ? header.substring(BEARER.length()).strip() : null;
        if (presented == null && "GET".equals(ctx.method().name()) && sessions.valid(ctx.cookie(COOKIE))) {
            return;
        }
        if (!token.matches(presented)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiErrors.ApiException(HttpStatus.UNAUTHORIZED,
                    "missing or wrong admin token: send Authorization: Bearer <token from the token file>");
        }
    }

    /**
     * A browser opens the report pages with {@code /login?token=T&next=/ui/reports}: the token is
     * checked, the browser gets a new session in an HttpOnly, SameSite=Strict cookie (so no other
     * site can send it, no script can read it, and the token itself is never stored in the
     * browser), and is sent on to {@code next} with the token gone from the address bar.
     */
    private void login(Context ctx) {
        if (!token.matches(ctx.queryParam("token"))) {
            throw new ApiErrors.ApiException(HttpStatus.UNAUTHORIZED,
                    "missing or wrong admin token: open /login?token=<token from the token file>");
        }
        String next = ctx.queryParam("next");
        boolean local = next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\");
        ctx.header("Set-Cookie", COOKIE + "=" + sessions.open() + "; Path=/; Max-Age="
                + BrowserSessions.LIFETIME.toSeconds() + "; HttpOnly; SameSite=Strict");
        ctx.redirect(local ? next : "/ui/reports", HttpStatus.SEE_OTHER);
    }

    private static void health(Context ctx, LiveCalls calls, RuntimeStatus status, FlowRepository repository) {
        boolean draining = status.draining();
        java.util.List<String> problems = status.problems();
        String state = draining ? "draining" : problems.isEmpty() ? "up" : "unhealthy";
        ctx.status(state.equals("up") ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
        ctx.json(new AdminViews.Health(state, status.version(), status.uptime().toSeconds(), calls.count(),
                repository.flows().size(), problems));
    }

    /** Stops the HTTP server (the last step of a shutdown). */
    @Override
    public void close() {
        app.stop();
    }
}
