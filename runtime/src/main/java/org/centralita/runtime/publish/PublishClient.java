package org.centralita.runtime.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.centralita.flows.validate.PrintableText;

/**
 * Uploads a bundle to {@code POST /flows} of a runtime and tells the person what happened, one line
 * each. Whatever the server sent is printed through {@link PrintableText}: a runtime (or whatever
 * answers at that URL) cannot clear the terminal, recolour it or forge further lines.
 */
final class PublishClient {

    private final URI endpoint;
    private final URI runtime;
    private final String token;
    private final ObjectMapper json = new ObjectMapper();

    PublishClient(URI runtime, String token) {
        String base = runtime.toString().replaceAll("/+$", "");
        this.runtime = runtime;
        this.endpoint = URI.create(base.endsWith("/flows") ? base : base + "/flows");
        this.token = token;
    }

    /** Uploads; returns the exit status (0 published, 1 refused or unreachable). */
    int upload(FlowBundle bundle, PrintWriter out, PrintWriter err) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", BundleArchive.CONTENT_TYPE)
                .header(BundleArchive.PUBLISHER_HEADER, System.getProperty("user.name", "unknown"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(BundleArchive.toZip(bundle)))
                .build();
        try {
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
            return report(response, out, err);
        } catch (ConnectException e) {
            err.println("error: cannot connect to " + runtime + ": connection refused (is `centralita serve` running there?)");
        } catch (IOException e) {
            err.println("error: publishing to " + runtime + " failed: " + PrintableText.of(e.toString()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("error: publishing to " + runtime + " was interrupted");
        }
        return 1;
    }

    private int report(HttpResponse<String> response, PrintWriter out, PrintWriter err) {
        JsonNode body = parse(response.body());
        switch (response.statusCode()) {
            case 200 -> {
                body.path("published").forEach(v -> out.println("published " + ref(v)));
                body.path("unchanged").forEach(v -> out.println("unchanged " + ref(v)));
                body.path("warnings").forEach(w -> err.println(PrintableText.of(w.asText())));
                return 0;
            }
            case 401 -> err.println("error: " + runtime + " refused the admin token (401): check --token, $"
                    + PublishCommand.TOKEN_ENV + " or the token file");
            case 400 -> {
                body.path("problems").forEach(p -> err.println(PrintableText.of(p.asText())));
                err.println("error: the runtime refused the publish: "
                        + PrintableText.of(body.path("error").asText("bad request")));
            }
            default -> err.println("error: " + endpoint + " answered HTTP " + response.statusCode() + ": "
                    + PrintableText.of(body.path("error").asText(response.body())));
        }
        return 1;
    }

    private static String ref(JsonNode version) {
        return PrintableText.of(version.path("flow").asText() + " version " + version.path("version").asText());
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }
}
