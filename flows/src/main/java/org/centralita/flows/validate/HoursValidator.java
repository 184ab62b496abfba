package org.centralita.flows.validate;

/** Routes by a calendar: every field is checked by its registry kind; nothing else is specific to the type. */
final class HoursValidator implements NodeValidator {

    @Override
    public String type() {
        return "hours";
    }
}
