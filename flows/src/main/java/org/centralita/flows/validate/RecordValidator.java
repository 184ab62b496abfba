package org.centralita.flows.validate;

/** Records the caller: every field is checked by its registry kind; nothing else is specific to the type. */
final class RecordValidator implements NodeValidator {

    @Override
    public String type() {
        return "record";
    }
}
