package org.centralita.runtime.admin;

import io.javalin.Javalin;

/** More endpoints on the admin HTTP server (reports, wallboard), behind the same admin token. */
@FunctionalInterface
public interface AdminRoutes {

    /** Adds the endpoints to {@code app} before it starts. */
    void install(Javalin app);
}
