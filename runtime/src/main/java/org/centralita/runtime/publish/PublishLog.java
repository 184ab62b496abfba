package org.centralita.runtime.publish;

import org.centralita.runtime.publish.PublishOutcome.Published;
import org.centralita.runtime.publish.PublishOutcome.Refused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs what a publish did, one line per version made and per problem found. */
final class PublishLog {

    private static final Logger LOG = LoggerFactory.getLogger(PublishLog.class);

    private PublishLog() {
    }

    static void log(PublishOutcome outcome, String source) {
        if (outcome instanceof Refused refused) {
            LOG.warn("{}: refused, the running versions keep serving", source);
            refused.problems().forEach(p -> LOG.warn("{}", p));
        } else if (outcome instanceof Published published) {
            published.warnings().forEach(p -> LOG.warn("{}", p));
            if (published.published().isEmpty()) {
                LOG.info("{}: no flow changed", source);
            }
        }
    }
}
