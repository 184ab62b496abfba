package org.centralita.runtime.store;

/** The records store could not do what was asked (database unreachable, bad SQL, bad content). */
public class RecordsStoreException extends RuntimeException {

    public RecordsStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public RecordsStoreException(String message) {
        super(message);
    }
}
