package org.centralita.flows.edit;

/**
 * One replacement in a document's text: at {@code offset}, {@code removed} becomes
 * {@code inserted}. Its inverse restores the text exactly, which is what makes every edit's undo
 * give back the same bytes.
 *
 * @param offset where the replacement starts (a char index into the text)
 * @param removed the text found there before
 * @param inserted the text put there instead
 */
public record TextChange(int offset, String removed, String inserted) {

    /** A change that puts {@code inserted} at {@code offset}. */
    public static TextChange insert(int offset, String inserted) {
        return new TextChange(offset, "", inserted);
    }

    /** The change that undoes this one. */
    public TextChange inverse() {
        return new TextChange(offset, inserted, removed);
    }

    /** The text with this change made; refuses a text that no longer holds what it removes. */
    String applyTo(String text) {
        if (offset < 0 || offset + removed.length() > text.length() || !text.startsWith(removed, offset)) {
            throw new IllegalStateException("the document changed under this edit: expected '" + removed
                    + "' at offset " + offset);
        }
        return text.substring(0, offset) + inserted + text.substring(offset + removed.length());
    }
}
