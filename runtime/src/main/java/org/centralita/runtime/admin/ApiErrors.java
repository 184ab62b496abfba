package org.centralita.runtime.admin;

import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import java.util.List;
import org.centralita.runtime.publish.InvalidBundleException;
import org.centralita.runtime.publish.UnknownFlowException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns every failure into a JSON error body with the right status; never a stack trace. */
final class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    private ApiErrors() {
    }

    /** A failure with its status, message and (for a refused publish) every problem. */
    static final class ApiException extends RuntimeException {
        final HttpStatus status;
        final List<String> problems;

        ApiException(HttpStatus status, String message) {
            this(status, message, List.of());
        }

        ApiException(HttpStatus status, String message, List<String> problems) {
            super(message);
            this.status = status;
            this.problems = List.copyOf(problems);
        }
    }

    static void install(Javalin app) {
        app.exception(ApiException.class, (e, ctx) ->
                ctx.status(e.status).json(new AdminViews.Error(e.getMessage(), e.problems)));
        app.exception(InvalidBundleException.class, (e, ctx) ->
                ctx.status(HttpStatus.BAD_REQUEST).json(new AdminViews.Error(e.getMessage())));
        app.exception(UnknownFlowException.class, (e, ctx) ->
                ctx.status(HttpStatus.NOT_FOUND).json(new AdminViews.Error(e.getMessage())));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("admin request {} {} failed", ctx.method(), ctx.path(), e);
            ctx.status(HttpStatus.INTERNAL_SERVER_ERROR)
                    .json(new AdminViews.Error("internal error: see the runtime log"));
        });
        app.error(HttpStatus.NOT_FOUND, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty() || !ctx.result().startsWith("{")) {
                ctx.json(new AdminViews.Error("no such endpoint or resource: " + ctx.method() + " " + ctx.path()));
            }
        });
    }
}
