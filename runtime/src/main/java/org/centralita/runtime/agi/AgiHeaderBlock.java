package org.centralita.runtime.agi;

import java.io.ByteArrayOutputStream;

/**
 * The bytes one FastAGI connection has sent before its {@code agi_*} block is whole (a blank
 * line ends it), checked against the {@link AgiHeaderLimits} as they arrive: a line or a block
 * too long, or too many lines, is refused at once, so a peer never makes it hold more than the
 * limits. Lines end at LF only, as Asterisk writes them and as the FastAGI reader reads them.
 */
final class AgiHeaderBlock {

    private final AgiHeaderLimits limits;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream(1024);
    private int lineLength;
    private int lines;
    private boolean complete;

    AgiHeaderBlock(AgiHeaderLimits limits) {
        this.limits = limits;
    }

    /**
     * Takes the next bytes read from the connection.
     *
     * @return true once the block is whole (bytes after it are kept too: they are the session's)
     * @throws Refused when the bytes break a limit; nothing more should be read
     */
    boolean add(byte[] bytes, int length) throws Refused {
        if (complete) {
            received.write(bytes, 0, length);
            return true;
        }
        for (int i = 0; i < length && !complete; i++) {
            if (bytes[i] != '\n') {
                if (++lineLength > limits.maxLineBytes()) {
                    throw new Refused("a header line longer than " + limits.maxLineBytes() + " bytes");
                }
                continue;
            }
            complete = lineLength == 0;
            lines += complete ? 0 : 1;
            lineLength = 0;
            if (lines > limits.maxLines()) {
                throw new Refused("more than " + limits.maxLines() + " header lines");
            }
        }
        if (!complete && received.size() + length > limits.maxBytes()) {
            throw new Refused("a header longer than " + limits.maxBytes() + " bytes");
        }
        received.write(bytes, 0, length);
        return complete;
    }

    /** Everything received so far: the whole block, and what followed it. */
    byte[] bytes() {
        return received.toByteArray();
    }

    /** What was received, for a log line (sizes only: a header holds callers' numbers). */
    String describe() {
        return received.size() + " bytes, " + lines + " lines";
    }

    @Override
    public String toString() {
        return "AgiHeaderBlock[" + describe() + ", complete=" + complete + "]";
    }

    /** Why a header was refused, naming the limit it broke. */
    static final class Refused extends Exception {
        Refused(String why) {
            super(why, null, false, false);
        }
    }
}
