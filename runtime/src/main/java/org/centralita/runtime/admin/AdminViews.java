package org.centralita.runtime.admin;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.centralita.runtime.publish.FlowHistory;
import org.centralita.runtime.publish.FlowVersion;

/** The JSON bodies of the admin API, one record per shape. */
final class AdminViews {

    private AdminViews() {
    }

    /** {@code problems} is there only when status is {@code unhealthy}. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
    record Health(String status, String version, @JsonProperty("uptime_seconds") long uptimeSeconds,
                  @JsonProperty("live_calls") int liveCalls, int flows, List<String> problems) {
    }

    record Version(int version, @JsonProperty("published_at") String publishedAt,
                   @JsonProperty("published_by") String publishedBy, String hash) {
        static Version of(FlowVersion v) {
            return new Version(v.number(), v.publishedAt().toString(), v.publishedBy(), v.contentHash());
        }
    }

    record Flow(String id, int active, List<Version> versions) {
        static Flow of(FlowHistory history) {
            return new Flow(history.flowId(), history.activeNumber(),
                    history.versions().stream().map(Version::of).toList());
        }
    }

    record Flows(List<Flow> flows) {
    }

    record Call(String id, String flow, String version, String node, String since) {
        static Call of(LiveCall call) {
            return new Call(call.id(), call.flowId(), call.version(), call.node(), call.since().toString());
        }
    }

    record Calls(List<Call> calls) {
    }

    record FlowRef(String flow, int version) {
        static FlowRef of(FlowVersion v) {
            return new FlowRef(v.flowId(), v.number());
        }
    }

    record PublishAccepted(List<FlowRef> published, List<FlowRef> unchanged, List<String> warnings) {
    }

    /** Every error the API answers: a message, and for a refused publish every problem. */
    record Error(String error, List<String> problems) {
        Error(String error) {
            this(error, List.of());
        }
    }
}
