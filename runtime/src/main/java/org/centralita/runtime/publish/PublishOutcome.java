package org.centralita.runtime.publish;

import java.util.List;

/** What a publish did: new versions made active, or refused as a whole with every problem. */
public sealed interface PublishOutcome {

    /**
     * Accepted: {@code published} are the new active versions, {@code unchanged} the flows whose
     * content equals their active version (no new version is made for them).
     *
     * @param warnings problems that do not stop a publish, in the {@code file:line:col} form
     */
    record Published(List<FlowVersion> published, List<FlowVersion> unchanged, List<String> warnings)
            implements PublishOutcome {
        public Published {
            published = List.copyOf(published);
            unchanged = List.copyOf(unchanged);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Refused: nothing changed; {@code problems} are every error (and warning), one line each in the
     * {@code file:line:col: error: node 'id': message} form, files relative to the bundle.
     */
    record Refused(List<String> problems) implements PublishOutcome {
        public Refused {
            problems = List.copyOf(problems);
        }
    }
}
