package org.centralita.flows.validate;

/** Arranges a callback: every field is checked by its registry kind; nothing else is specific to the type. */
final class CallbackValidator implements NodeValidator {

    @Override
    public String type() {
        return "callback";
    }
}
