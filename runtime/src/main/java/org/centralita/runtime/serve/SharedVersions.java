package org.centralita.runtime.serve;

import org.centralita.runtime.publish.FlowRepository;

/**
 * Published versions shared with the other runtimes of one store: attached to the repository
 * before the flows directory is served, closed at shutdown.
 */
public interface SharedVersions extends AutoCloseable {

    /** Serves the shared active versions and follows them; publishes go through the store. */
    void attach(FlowRepository repository);

    @Override
    void close();
}
