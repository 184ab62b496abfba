package org.centralita.runtime.store;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A private PostgreSQL cluster for tests, made from Debian's {@code postgresql} package in a
 * temporary directory, listening on a free 127.0.0.1 port only. As root it runs as the
 * {@code postgres} OS user (initdb and postgres refuse root).
 */
public final class PostgresCluster implements AutoCloseable {

    private static final String SUPERUSER = "centralita";

    private final Path bin;
    private final Path home;
    private final int port;
    private boolean running;

    private PostgresCluster(Path bin, Path home, int port) {
        this.bin = bin;
        this.home = home;
        this.port = port;
    }

    static PostgresCluster start() throws IOException, InterruptedException {
        Path bin = binaries();
        Path home = Files.createTempDirectory("centralita-pg");
        if (asRoot()) {
            UserPrincipal postgres = home.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName("postgres");
            Files.setOwner(home, postgres);
        }
        PostgresCluster cluster = new PostgresCluster(bin, home, freePort());
        cluster.run("initdb", "-D", cluster.data(), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8",
                "--no-locale", "--no-sync");
        cluster.startAgain();
        return cluster;
    }

    /** A new, empty database in this cluster; its JDBC URL. */
    String createDatabase(String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url("postgres"));
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return url(name);
    }

    String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=" + SUPERUSER;
    }

    /** Stops the server as an administrator would (fast shutdown: clients are disconnected). */
    public void stop() throws IOException, InterruptedException {
        run("pg_ctl", "-D", data(), "-m", "fast", "-w", "stop");
        running = false;
    }

    public void startAgain() throws IOException, InterruptedException {
        String options = "-c listen_addresses=127.0.0.1 -p " + port + " -k " + home
                + " -c fsync=off -c full_page_writes=off -c max_connections=50";
        run("pg_ctl", "-D", data(), "-l", home.resolve("server.log").toString(), "-o", options, "-w", "start");
        running = true;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (running) {
            stop();
        }
        try (Stream<Path> files = Files.walk(home)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** The cluster's data directory (for pg_ctl). */
    public String dataDirectory() {
        return data();
    }

    private String data() {
        return home.resolve("data").toString();
    }

    private void run(String program, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (asRoot()) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(arguments));
        Path output = Files.createTempFile("centralita-pg-cmd", ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " failed:\n"
                        + Files.readString(output) + serverLog());
            }
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private String serverLog() throws IOException {
        Path log = home.resolve("server.log");
        return Files.exists(log) ? "\nserver log:\n" + Files.readString(log) : "";
    }

    /** The newest PostgreSQL server binaries: Debian keeps them in /usr/lib/postgresql/N/bin. */
    static Path binaries() throws IOException {
        String override = System.getenv("CENTRALITA_PG_BIN");
        if (override != null && Files.isExecutable(Path.of(override, "initdb"))) {
            return Path.of(override);
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                List<Path> found = versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                        .sorted(Comparator.comparing(PostgresCluster::majorVersion).reversed()).toList();
                if (!found.isEmpty()) {
                    return found.get(0);
                }
            }
        }
        throw new IllegalStateException("PostgreSQL server binaries (initdb, pg_ctl) not found under"
                + " /usr/lib/postgresql/N/bin: install Debian's package (apt-get install postgresql;"
                + " .ci/run does it) or set CENTRALITA_PG_BIN to the directory holding initdb");
    }

    private static int majorVersion(Path bin) {
        String name = bin.getParent().getFileName().toString();
        return name.matches("\\d+") ? Integer.parseInt(name) : 0;
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
