package org.centralita.runtime.store;

import java.io.IOException;

/** The journal would grow past its disk budget: the records must wait in memory. */
final class JournalFullException extends IOException {

    JournalFullException(String message) {
        super(message);
    }
}
