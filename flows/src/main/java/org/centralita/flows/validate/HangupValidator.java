package org.centralita.flows.validate;

/** Ends the call: every field is checked by its registry kind; nothing else is specific to the type. */
final class HangupValidator implements NodeValidator {

    @Override
    public String type() {
        return "hangup";
    }
}
