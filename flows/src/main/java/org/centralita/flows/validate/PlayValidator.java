package org.centralita.flows.validate;

/** Plays a prompt: every field is checked by its registry kind; nothing else is specific to the type. */
final class PlayValidator implements NodeValidator {

    @Override
    public String type() {
        return "play";
    }
}
