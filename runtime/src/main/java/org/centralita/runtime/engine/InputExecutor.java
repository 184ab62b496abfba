package org.centralita.runtime.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.centralita.flows.executable.InputNode;
import org.centralita.flows.executable.InputNode.Validation;

/**
 * Collects digits or words: length limits, the terminator (never part of the value), a
 * validity check, an optional read-back for the caller to confirm, retries, and the variable
 * that receives the value. Keys typed for a secret variable never appear in clear.
 */
final class InputExecutor implements NodeExecutor<InputNode> {

    private final Hearing hearing;
    private final Confirmation confirmation;

    InputExecutor(Hearing hearing) {
        this.hearing = hearing;
        this.confirmation = new Confirmation(hearing);
    }

    @Override
    public Class<InputNode> nodeClass() {
        return InputNode.class;
    }

    @Override
    public Step execute(InputNode node, Call call) {
        Optional<String> value = Attempts.run(call, node.id(), node.timing().retries(), node.noInputPrompt(),
                node.noMatchPrompt(), attempt -> attempt(node, call));
        if (value.isEmpty()) {
            return Step.toOutcome(node.maxRetries(), "max-retries");
        }
        if (node.store() != null) {
            call.assign(node.id(), node.store(), value.get());
        }
        return Step.toOutcome(node.next(), "next");
    }

    private Attempts.Attempt<String> attempt(InputNode node, Call call) {
        boolean secret = isSecret(node, call);
        Heard heard = hearing.hear(Dialogue.ask(call, node.id(), node.prompt(), listening(node, secret)),
                node.terminator(), grammar(node), node.confidence());
        if (heard instanceof Heard.Silent) {
            return Attempts.noInput();
        }
        Optional<String> value = value(node, call, heard, secret);
        if (value.isEmpty() || !isValid(node, call, value.get())) {
            return Attempts.noMatch();
        }
        return node.confirm() == null ? Attempts.accepted(value.get()) : confirm(node, call, value.get(), secret);
    }

    /** The value heard, traced; empty when it cannot be one (too short, too long, not understood). */
    private static Optional<String> value(InputNode node, Call call, Heard heard, boolean secret) {
        if (heard instanceof Heard.Keys keys) {
            call.trace().input(node.id(), "dtmf", keys.keys(), null, secret);
            int length = keys.keys().length();
            boolean fits = length >= node.minDigits() && length <= node.maxDigits();
            return fits ? Optional.of(keys.keys()) : Optional.empty();
        }
        if (heard instanceof Heard.Said said) {
            call.trace().input(node.id(), "speech", said.match().value(), said.match().confidence(), secret);
            return Optional.of(said.match().value());
        }
        Heard.Unrecognized unrecognized = (Heard.Unrecognized) heard;
        call.trace().input(node.id(), "speech", unrecognized.words(), unrecognized.confidence(), secret);
        return Optional.empty();
    }

    private static boolean isValid(InputNode node, Call call, String value) {
        Validation validation = node.validation();
        if (validation == null) {
            return true;
        }
        if (validation instanceof Validation.Luhn) {
            return Luhn.isValid(value);
        }
        try {
            return call.test(((Validation.Check) validation).expression(), call.namesWith("value", value));
        } catch (NodeFailure e) {
            throw isSecret(node, call) ? withheld("'valid'") : e;
        }
    }

    /** A failure over a secret input's value: its message may quote the value. */
    private static NodeFailure withheld(String what) {
        return new NodeFailure(what + " failed on the sensitive value keyed or said (details withheld)");
    }

    /** Reads the value back: confirmed accepts it, refused starts again (using the attempt). */
    private Attempts.Attempt<String> confirm(InputNode node, Call call, String value, boolean secret) {
        Listening listening = Listening.oneKey(node.timing().timeout(), node.timing().bargeIn(), node.acceptsSpeech());
        Attempts.Attempt<Boolean> answer = confirmation.ask(call, node.id(), node.confirm(), listening,
                readBackNames(node, call, value), secret ? Set.of("value") : Set.of(), node.confidence());
        if (answer instanceof Attempts.Attempt.Accepted<Boolean> accepted) {
            return accepted.value() ? Attempts.accepted(value) : Attempts.again();
        }
        return answer instanceof Attempts.Attempt.NoInput ? Attempts.noInput() : Attempts.noMatch();
    }

    /** The read-back sees the value as {@code value} and as the variable it is about to be stored in. */
    private static Map<String, Object> readBackNames(InputNode node, Call call, String value) {
        Map<String, Object> names = call.namesWith("value", value);
        if (node.store() != null && call.flow().variables().containsKey(node.store())) {
            try {
                names.put(node.store(), VariableValues.convert(node.store(),
                        call.flow().variables().get(node.store()).type(), value));
            } catch (NodeFailure e) {
                throw isSecret(node, call) ? withheld("the read-back of '" + node.store() + "'") : e;
            }
        }
        return names;
    }

    private static boolean isSecret(InputNode node, Call call) {
        return node.sensitive() || call.isSensitive(node.store());
    }

    private static Listening listening(InputNode node, boolean secret) {
        return new Listening(node.timing().bargeIn(), node.acceptsDigits(), node.acceptsSpeech(), node.maxDigits(),
                node.terminator() == null ? "" : node.terminator(), node.timing().timeout(),
                node.timing().interDigitTimeout(), secret);
    }

    private static SpeechGrammar grammar(InputNode node) {
        if (!node.acceptsSpeech()) {
            return null;
        }
        if (!node.phrases().isEmpty()) {
            Map<String, List<String>> byPhrase = node.phrases().stream()
                    .collect(Collectors.toMap(Function.identity(), List::of, (a, b) -> a, java.util.LinkedHashMap::new));
            return new SpeechGrammar.Phrases(byPhrase);
        }
        String name = node.grammar() == null ? "digits" : node.grammar();
        return new SpeechGrammar.BuiltIn(name, node.minDigits(), node.maxDigits());
    }
}
