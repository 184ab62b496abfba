package org.centralita.runtime.admin;

import java.nio.file.Path;

/**
 * Where the admin and metrics HTTP listens and where its token is kept.
 *
 * @param port 0 picks a free port (tests)
 * @param maxBundleBytes the largest publish accepted, unpacked
 */
public record AdminSettings(String bind, int port, Path tokenFile, long maxBundleBytes) {

    public static final long DEFAULT_MAX_BUNDLE_BYTES = 64L * 1024 * 1024;

    public static AdminSettings defaults() {
        return new AdminSettings("127.0.0.1", 8080, Path.of("./admin.token"), DEFAULT_MAX_BUNDLE_BYTES);
    }
}
