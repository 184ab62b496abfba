package org.centralita.runtime.ami;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.centralita.runtime.config.ConfigException;
import org.centralita.runtime.config.ConfigMapping;
import org.centralita.runtime.config.RuntimeConfig;

/**
 * The {@code ami} section of centralita.yaml: where Asterisk's manager interface is and how to
 * log in (the secret is read from the environment variable {@code secretEnv}, never written in
 * the file), how often queue state is refreshed, and how reconnection backs off.
 *
 * @param refresh how often the queue state is asked for (besides after queue events)
 * @param retryFirst the wait before trying again after a failed connect; it doubles on each failure
 * @param retryMax the longest wait between two connect attempts
 */
public record AmiSettings(String host, int port, String username, String secretEnv, Duration refresh,
                          Duration retryFirst, Duration retryMax) {

    private static final Set<String> KEYS = Set.of("host", "port", "username", "secret-env", "refresh");

    /** The defaults of an {@code ami:} section that gives no keys. */
    public static AmiSettings defaults() {
        return new AmiSettings("127.0.0.1", 5038, "centralita", "AMI_SECRET", Duration.ofSeconds(5),
                Duration.ofSeconds(1), Duration.ofSeconds(30));
    }

    /** The settings of the configuration's {@code ami} section; empty when there is none (AMI is optional). */
    public static Optional<AmiSettings> from(RuntimeConfig config) throws ConfigException {
        if (config.section("ami").isEmpty()) {
            return Optional.empty();
        }
        List<String> problems = new ArrayList<>();
        ConfigMapping ami = new ConfigMapping(ConfigMapping.asMapping(config.section("ami").get(), "ami", problems),
                "ami", KEYS, problems);
        AmiSettings defaults = defaults();
        AmiSettings settings = new AmiSettings(ami.text("host", defaults.host()),
                ami.number("port", defaults.port(), 1, 65535),
                ami.text("username", defaults.username()),
                ami.text("secret-env", defaults.secretEnv()),
                ami.duration("refresh", defaults.refresh()),
                defaults.retryFirst(), defaults.retryMax());
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return Optional.of(settings);
    }

    /** These settings for another manager port (tests, a simulated Asterisk). */
    public AmiSettings withPort(int newPort) {
        return new AmiSettings(host, newPort, username, secretEnv, refresh, retryFirst, retryMax);
    }

    /** These settings with other refresh and reconnection timings. */
    public AmiSettings withTimings(Duration newRefresh, Duration newRetryFirst, Duration newRetryMax) {
        return new AmiSettings(host, port, username, secretEnv, newRefresh, newRetryFirst, newRetryMax);
    }
}
