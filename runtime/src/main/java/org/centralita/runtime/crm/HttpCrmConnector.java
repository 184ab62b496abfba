package org.centralita.runtime.crm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.centralita.runtime.config.ConnectorConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A CRM over HTTP with JSON, through the JDK's HTTP client: bearer token from an environment
 * variable, per-call time-out, 2xx is found, 404 not found, anything else an error. Never logs
 * a URL or a body: they may carry a caller's data.
 */
public final class HttpCrmConnector implements CrmConnector {

    private static final Logger LOG = LoggerFactory.getLogger(HttpCrmConnector.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConnectorConfig config;
    private final String token;
    private final HttpClient client;

    public HttpCrmConnector(ConnectorConfig config, UnaryOperator<String> environment) {
        this.config = config;
        this.token = config.tokenEnv() == null ? null : environment.apply(config.tokenEnv());
        this.client = HttpClient.newBuilder().connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public CrmReply call(CrmRequest request) {
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(httpRequest(request), HttpResponse.BodyHandlers.ofString());
            return reply(response, millisSince(started));
        } catch (HttpTimeoutException e) {
            return new CrmReply(CrmReply.Result.ERROR, 0, MissingNode.getInstance(), millisSince(started), "timeout");
        } catch (IOException e) {
            LOG.warn("CRM connector '{}' failed: {}", config.name(), e.getClass().getSimpleName());
            return failed(started, "cannot reach the CRM (" + e.getClass().getSimpleName() + ")");
        } catch (IllegalArgumentException e) {
            return failed(started, "the request is not a valid URL: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(started, "interrupted");
        }
    }

    private HttpRequest httpRequest(CrmRequest request) throws IOException {
        Duration timeout = request.timeout() != null ? request.timeout() : config.timeout();
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(request)).timeout(timeout)
                .header("Accept", "application/json");
        if (token != null && !token.isEmpty()) {
            builder.header("Authorization", "Bearer " + token);
        }
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
        if (request.body() != null) {
            builder.header("Content-Type", "application/json");
            body = HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request.body()));
        }
        return builder.method(request.method(), body).build();
    }

    private URI uri(CrmRequest request) {
        String base = config.baseUrl().toString().replaceAll("/+$", "");
        String path = request.path().startsWith("/") ? request.path() : "/" + request.path();
        String query = request.query().entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return URI.create(base + path + (query.isEmpty() ? "" : "?" + query));
    }

    private CrmReply reply(HttpResponse<String> response, long millis) {
        int status = response.statusCode();
        if (status == 404) {
            return new CrmReply(CrmReply.Result.NOT_FOUND, status, MissingNode.getInstance(), millis, "not found");
        }
        if (status < 200 || status > 299) {
            return new CrmReply(CrmReply.Result.ERROR, status, MissingNode.getInstance(), millis, "HTTP " + status);
        }
        try {
            String text = response.body();
            JsonNode body = text == null || text.isBlank() ? MissingNode.getInstance() : JSON.readTree(text);
            return new CrmReply(CrmReply.Result.FOUND, status, body, millis, null);
        } catch (IOException e) {
            return new CrmReply(CrmReply.Result.ERROR, status, MissingNode.getInstance(), millis,
                    "the reply is not JSON");
        }
    }

    private static CrmReply failed(long started, String detail) {
        return new CrmReply(CrmReply.Result.ERROR, 0, MissingNode.getInstance(), millisSince(started), detail);
    }

    private static long millisSince(long nanoStart) {
        return (System.nanoTime() - nanoStart) / 1_000_000;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
