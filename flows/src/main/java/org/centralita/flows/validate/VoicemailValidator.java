package org.centralita.flows.validate;

/** Sends the caller to voicemail: every field is checked by its registry kind; nothing else is specific to the type. */
final class VoicemailValidator implements NodeValidator {

    @Override
    public String type() {
        return "voicemail";
    }
}
