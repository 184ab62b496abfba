package org.centralita.runtime.serve;

/**
 * Where call records go (the records store): flushed and closed at the end of a shutdown, after
 * the last call has ended, so that no record of a drained call is lost.
 */
public interface RecordsOutlet extends AutoCloseable {

    /** Where records are kept, for the start-up log. */
    String describe();

    /** Writes every record still buffered, then releases the store. */
    @Override
    void close();
}
