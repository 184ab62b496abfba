package org.centralita.designer.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.centralita.designer.Messages;
import org.centralita.flows.validate.PrintableText;

/**
 * Studio's side of the runtime's admin API, over HTTP from Studio's own process: publish
 * ({@code POST /flows}, the zip {@code centralita publish} uploads), the deployed versions
 * ({@code GET /flows}), rollback, and the per-node counts of a flow's calls. Every text the
 * runtime sends back is made printable before it is shown.
 */
public final class RuntimeClient {

    private static final Duration CONNECT = Duration.ofSeconds(10);
    private static final Duration ANSWER = Duration.ofSeconds(60);

    private final String base;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT).build();
    private final ObjectMapper json = new ObjectMapper();

    public RuntimeClient(String url, String token) {
        this.base = url.strip().replaceAll("/+$", "");
        this.token = token;
    }

    /** The client for the URL and token of Studio's settings; refused when either is missing. */
    public static RuntimeClient fromSettings() throws RuntimeCallFailed {
        String url = RuntimeSettings.url();
        String token;
        try {
            token = RuntimeSettings.token();
        } catch (org.eclipse.equinox.security.storage.StorageException e) {
            throw new RuntimeCallFailed(Messages.bind(Messages.Runtime_noStorage, e.getMessage()));
        }
        if (token.isBlank()) {
            throw new RuntimeCallFailed(Messages.Runtime_noToken);
        }
        try {
            URI uri = URI.create(url);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException(url);
            }
        } catch (IllegalArgumentException e) {
            throw new RuntimeCallFailed(Messages.bind(Messages.Runtime_badUrl, url));
        }
        return new RuntimeClient(url, token);
    }

    public String url() {
        return base;
    }

    /** Uploads the zip of a flows directory. */
    public PublishAnswer publish(byte[] zip, String publisher) throws RuntimeCallFailed {
        HttpRequest request = request("/flows").header("Content-Type", "application/zip")
                .header("X-Centralita-Publisher", publisher)
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip)).build();
        HttpResponse<String> response = send(request);
        JsonNode body = parse(response.body());
        if (response.statusCode() == 200) {
            List<String> lines = new ArrayList<>();
            body.path("published").forEach(v -> lines.add(Messages.bind(Messages.Publish_published, text(v.path("flow")),
                    text(v.path("version")))));
            body.path("unchanged").forEach(v -> lines.add(Messages.bind(Messages.Publish_unchanged, text(v.path("flow")),
                    text(v.path("version")))));
            body.path("warnings").forEach(w -> lines.add(text(w)));
            return new PublishAnswer(true, lines, null, List.of());
        }
        if (response.statusCode() == 400) {
            List<String> problems = new ArrayList<>();
            body.path("problems").forEach(p -> problems.add(text(p)));
            return new PublishAnswer(false, List.of(), PrintableText.of(body.path("error").asText("bad request")), problems);
        }
        throw refusal(response, body);
    }

    /** The flows the runtime serves, with their kept versions. */
    public List<DeployedFlow> flows() throws RuntimeCallFailed {
        HttpResponse<String> response = send(request("/flows").GET().build());
        JsonNode body = parse(response.body());
        if (response.statusCode() != 200) {
            throw refusal(response, body);
        }
        List<DeployedFlow> flows = new ArrayList<>();
        for (JsonNode flow : body.path("flows")) {
            List<DeployedFlow.Version> versions = new ArrayList<>();
            flow.path("versions").forEach(v -> versions.add(new DeployedFlow.Version(v.path("version").asInt(),
                    text(v.path("published_at")), text(v.path("published_by")))));
            flows.add(new DeployedFlow(text(flow.path("id")), flow.path("active").asInt(), versions));
        }
        return flows;
    }

    /** Makes a kept version of a flow the active one. */
    public void rollback(String flow, int version) throws RuntimeCallFailed {
        HttpResponse<String> response = send(request("/flows/" + encode(flow) + "/rollback?version=" + version)
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        if (response.statusCode() != 200) {
            throw refusal(response, parse(response.body()));
        }
    }

    /** The per-node counts of a flow's calls from {@code from} to {@code to} (as the reports API takes them). */
    public List<NodeCalls> nodeCalls(String flow, String from, String to) throws RuntimeCallFailed {
        HttpResponse<String> response = send(request("/reports/flows/" + encode(flow) + "/nodes?from=" + encode(from)
                + "&to=" + encode(to)).GET().build());
        JsonNode body = parse(response.body());
        if (response.statusCode() != 200) {
            throw refusal(response, body);
        }
        List<NodeCalls> nodes = new ArrayList<>();
        for (JsonNode node : body.path("nodes")) {
            List<NodeCalls.Exit> exits = new ArrayList<>();
            node.path("exits").forEach(e -> exits.add(new NodeCalls.Exit(e.path("to").isNull() ? null : text(e.path("to")),
                    e.path("ended").isNull() ? null : text(e.path("ended")), e.path("count").asLong())));
            nodes.add(new NodeCalls(text(node.path("node")), node.path("calls").asLong(), node.path("hungUp").asLong(),
                    List.copyOf(exits)));
        }
        return nodes;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(ANSWER).header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> send(HttpRequest request) throws RuntimeCallFailed {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            throw new RuntimeCallFailed(Messages.bind(Messages.Runtime_unreachable, base));
        } catch (IOException e) {
            throw new RuntimeCallFailed(Messages.bind(Messages.Runtime_failed, base, PrintableText.of(e.toString())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuntimeCallFailed(Messages.bind(Messages.Runtime_failed, base, "interrupted"));
        }
    }

    private RuntimeCallFailed refusal(HttpResponse<String> response, JsonNode body) {
        if (response.statusCode() == 401) {
            return new RuntimeCallFailed(Messages.bind(Messages.Runtime_badToken, base));
        }
        String why = body.path("error").asText(response.body() == null ? "" : response.body());
        return new RuntimeCallFailed(Messages.bind(Messages.Runtime_answered, new Object[] {base,
            response.statusCode(), PrintableText.of(why.length() > 300 ? why.substring(0, 300) + "..." : why)}));
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }

    private static String text(JsonNode node) {
        return PrintableText.of(node.asText());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
