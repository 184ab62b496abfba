package org.centralita.runtime.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.centralita.runtime.publish.BundleArchive;
import org.centralita.runtime.publish.FlowBundle;
import org.centralita.runtime.publish.FlowRepository;
import org.centralita.runtime.publish.FlowVersion;
import org.centralita.runtime.publish.PublishOutcome;
import org.centralita.runtime.publish.UnknownFlowException;

/**
 * {@code /flows}: list the published flows, publish a bundle (a zip, as `centralita publish`
 * sends, or JSON {@code {"files": {"path": "text"}}}), roll a flow back to a kept version.
 */
final class FlowsApi {

    private final FlowRepository repository;
    private final RuntimeMetrics metrics;
    private final long maxBundleBytes;
    private final ObjectMapper json = new ObjectMapper();

    FlowsApi(FlowRepository repository, RuntimeMetrics metrics, long maxBundleBytes) {
        this.repository = repository;
        this.metrics = metrics;
        this.maxBundleBytes = maxBundleBytes;
    }

    void list(Context ctx) {
        ctx.json(new AdminViews.Flows(repository.flows().stream().map(AdminViews.Flow::of).toList()));
    }

    void one(Context ctx) {
        String id = ctx.pathParam("id");
        ctx.json(AdminViews.Flow.of(repository.history(id).orElseThrow(() -> new UnknownFlowException(id, null))));
    }

    void publish(Context ctx) {
        PublishOutcome outcome = repository.publish(bundleOf(ctx), publisherOf(ctx));
        if (outcome instanceof PublishOutcome.Refused refused) {
            metrics.publish("refused");
            throw new ApiErrors.ApiException(HttpStatus.BAD_REQUEST,
                    "publish refused: nothing was changed", refused.problems());
        }
        PublishOutcome.Published published = (PublishOutcome.Published) outcome;
        metrics.publish("accepted");
        ctx.json(new AdminViews.PublishAccepted(
                published.published().stream().map(AdminViews.FlowRef::of).toList(),
                published.unchanged().stream().map(AdminViews.FlowRef::of).toList(),
                published.warnings()));
    }

    void rollback(Context ctx) {
        String version = ctx.queryParam("version");
        if (version == null || !version.matches("\\d{1,9}")) {
            throw new ApiErrors.ApiException(HttpStatus.BAD_REQUEST,
                    "say which version to roll back to: ?version=N (see GET /flows/" + ctx.pathParam("id") + ")");
        }
        FlowVersion active = repository.rollback(ctx.pathParam("id"), Integer.parseInt(version));
        ctx.json(AdminViews.FlowRef.of(active));
    }

    private FlowBundle bundleOf(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        if (type.startsWith(BundleArchive.CONTENT_TYPE)) {
            return BundleArchive.fromZip(ctx.bodyInputStream(), maxBundleBytes);
        }
        if (type.startsWith("application/json")) {
            return fromJson(ctx.body());
        }
        throw new ApiErrors.ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "send the flows as application/zip or as application/json {\"files\": {\"path\": \"content\"}}");
    }

    private FlowBundle fromJson(String body) {
        try {
            JsonNode files = json.readTree(body).path("files");
            if (!files.isObject() || files.isEmpty()) {
                throw new ApiErrors.ApiException(HttpStatus.BAD_REQUEST, "the JSON body needs \"files\": {\"path\": \"content\"}");
            }
            Map<String, byte[]> contents = new LinkedHashMap<>();
            files.fields().forEachRemaining(f -> contents.put(f.getKey(), f.getValue().asText().getBytes(StandardCharsets.UTF_8)));
            return FlowBundle.of(contents);
        } catch (JsonProcessingException e) {
            throw new ApiErrors.ApiException(HttpStatus.BAD_REQUEST, "the body is not JSON: " + e.getOriginalMessage());
        }
    }

    private static String publisherOf(Context ctx) {
        String name = ctx.header(BundleArchive.PUBLISHER_HEADER);
        String who = name == null || name.isBlank() ? "admin API" : name.strip().replaceAll("[^\\w.@ -]", "");
        return (who.length() > 64 ? who.substring(0, 64) : who) + " from " + ctx.ip();
    }
}
