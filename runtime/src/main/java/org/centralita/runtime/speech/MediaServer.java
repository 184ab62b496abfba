package org.centralita.runtime.speech;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the media directory's prompts over HTTP ({@code GET /media/<hash>.wav}) to the PBX
 * addresses allowed to run calls ({@code agi.allow}), on its own port: no admin token, so it
 * answers nothing but prompt files. Names are the cache's hashes; anything else (a path, dots,
 * another extension) is refused before the file system is touched.
 */
public final class MediaServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MediaServer.class);
    private static final Pattern PROMPT_NAME = Pattern.compile("[0-9a-f]{16,128}\\.(wav|sln16)");

    private final MediaHttp settings;
    private final Javalin app;

    public MediaServer(MediaHttp settings, Path directory, List<String> allowed) {
        this.settings = settings;
        Set<String> pbx = Set.copyOf(allowed);
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
        });
        app.before(ctx -> {
            if (!pbx.contains(ctx.req().getRemoteAddr())) {
                LOG.warn("media request from {} refused: not in agi.allow", ctx.req().getRemoteAddr());
                ctx.status(HttpStatus.FORBIDDEN).result("forbidden");
                ctx.skipRemainingHandlers();
            }
        });
        app.get("/media/{name}", ctx -> serve(ctx, directory));
    }

    /** Starts listening; returns the port. */
    public int start() {
        app.start(settings.bind(), settings.port());
        LOG.info("prompt media served on http://{}:{}/media (as {})", settings.bind(), app.port(), settings.baseUrl());
        return app.port();
    }

    private static void serve(Context ctx, Path directory) throws IOException {
        String name = ctx.pathParam("name");
        Path file = directory.resolve(name);
        if (!PROMPT_NAME.matcher(name).matches() || !Files.isRegularFile(file)) {
            ctx.status(HttpStatus.NOT_FOUND).result("no such prompt");
            return;
        }
        ctx.contentType(name.endsWith(".wav") ? "audio/wav" : "application/octet-stream");
        ctx.result(Files.readAllBytes(file));
    }

    @Override
    public void close() {
        app.stop();
    }
}
