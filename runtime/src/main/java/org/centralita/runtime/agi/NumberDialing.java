package org.centralita.runtime.agi;

import java.util.Optional;

/**
 * What Dial() is given for a transfer target, as the shipped dialplan does it: an endpoint (it
 * names a channel technology, so it holds a {@code /}) as it is, a number through the configured
 * template ({@code agi.dial-number}, {@value #DEFAULT_TEMPLATE} by default).
 */
public record NumberDialing(String template) {
    /** Where the number goes in the template. */
    public static final String NUMBER = "{number}";
    /** The shipped dialplan's way out for a number: the PSTN trunk. */
    public static final String DEFAULT_TEMPLATE = "PJSIP/{number}@pstn-trunk";

    /** Dialling through {@code template}; refused with {@link #problem}'s message when it is not usable. */
    public NumberDialing {
        problem(template).ifPresent(message -> {
            throw new IllegalArgumentException("agi.dial-number " + message);
        });
    }

    public static NumberDialing defaults() {
        return new NumberDialing(DEFAULT_TEMPLATE);
    }

    /** Why {@code template} cannot dial a number (what the message ends with), or empty when it can. */
    public static Optional<String> problem(String template) {
        int at = template.indexOf(NUMBER);
        if (at < 0 || template.indexOf(NUMBER, at + 1) >= 0) {
            return Optional.of("must hold " + NUMBER + " once, where the number goes, like " + DEFAULT_TEMPLATE
                    + "; was '" + template + "'");
        }
        if (template.replace(NUMBER, "").indexOf('/') < 0) {
            return Optional.of("must name a channel technology and trunk, like " + DEFAULT_TEMPLATE
                    + "; was '" + template + "'");
        }
        if (!isOneArgument(template) || template.chars().anyMatch(Character::isWhitespace)) {
            return Optional.of("must be one Dial() target, without ',' or spaces; was '" + template + "'");
        }
        return Optional.empty();
    }

    /** The Dial() target for {@code target}: an endpoint as it is, a number through the template. */
    String dialString(String target) {
        return target.indexOf('/') >= 0 ? target : template.replace(NUMBER, target);
    }

    /**
     * Whether Asterisk reads {@code text} as one application argument: a comma would add Dial()
     * options (a value from the caller or a CRM must not choose them), a control character would
     * end the AGI command line.
     */
    static boolean isOneArgument(String text) {
        return !text.isEmpty() && text.chars().noneMatch(c -> c == ',' || Character.isISOControl(c));
    }
}
