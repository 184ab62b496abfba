package org.centralita.runtime.publish;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code centralita publish PATH... --to URL [--token T]}: validates the flows here first (the
 * whole set is refused if any flow is invalid), then uploads them with their calendars and rule
 * files to a running runtime's admin API.
 */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = "Validate flows, then upload them with their calendars and rules to a running runtime.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:published", "1:a flow is invalid, or the runtime refused or could not be reached",
            "2:wrong usage"})
public final class PublishCommand implements Callable<Integer> {

    /** The environment variable holding the admin token when --token is not given. */
    public static final String TOKEN_ENV = "CENTRALITA_TOKEN";

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "flow files or flows directories")
    List<Path> paths;

    @Option(names = "--to", required = true, paramLabel = "URL",
            description = "the runtime's admin URL, for example http://127.0.0.1:8080")
    URI to;

    @Option(names = "--token", paramLabel = "T", description = "the admin token (default: $" + TOKEN_ENV + ", else the token file)")
    String token;

    @Option(names = "--token-file", paramLabel = "FILE", defaultValue = "./admin.token",
            description = "where to read the admin token otherwise (default: ${DEFAULT-VALUE})")
    Path tokenFile;

    @Spec
    CommandSpec spec;

    private final FlowBuilder builder;
    private final TokenSource tokens;

    /** The command with the runtime's own validation, reading the token from the process environment. */
    public PublishCommand() {
        this(new CompilingFlowBuilder(null, null), TokenSource.fromEnvironment());
    }

    PublishCommand(FlowBuilder builder, TokenSource tokens) {
        this.builder = builder;
        this.tokens = tokens;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BuildResult local = builder.build(paths);
        local.problems().forEach(p -> err.println(p.format()));
        if (local.hasErrors()) {
            err.println("publish refused: " + local.errors().size() + " error(s); nothing was uploaded");
            return 1;
        }
        String bearer = tokens.resolve(token, tokenFile);
        if (bearer == null) {
            err.println("error: no admin token: pass --token, set " + TOKEN_ENV + " or keep it in " + tokenFile);
            return 2;
        }
        FlowBundle bundle;
        try {
            bundle = BundleReader.read(paths);
        } catch (InvalidBundleException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
        return new PublishClient(to, bearer).upload(bundle, out, err);
    }
}
