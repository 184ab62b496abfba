package org.centralita.runtime.publish;

/** An upload that is not a usable bundle (bad path, bad archive, too large): refused whole. */
public class InvalidBundleException extends RuntimeException {

    public InvalidBundleException(String message) {
        super(message);
    }

    public InvalidBundleException(String message, Throwable cause) {
        super(message, cause);
    }
}
