package org.centralita.runtime.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.centralita.flows.executable.PromptSpec;
import org.centralita.flows.executable.SegmentSpec;
import org.centralita.flows.expr.Expression;
import org.centralita.flows.expr.ExpressionException;
import org.centralita.flows.expr.Template;
import org.centralita.runtime.channel.Prompt;
import org.centralita.runtime.channel.PromptSegment;
import org.centralita.runtime.trace.Masking;
import org.centralita.speech.words.SpokenValues;

/**
 * Fills a compiled prompt in for one call, in the call's language: the caller hears the real
 * values, the trace shows every value read from a secret variable as {@code ***}. A prompt with
 * nothing to fill in (constant text, recordings, pauses) is rendered once per language and
 * reused by every call.
 */
final class PromptRenderer {

    private static final ConstantPrompts CONSTANT = new ConstantPrompts();

    private PromptRenderer() {
    }

    /**
     * Renders {@code spec} over the names (taken only when the prompt reads any); {@code secret}
     * tells the names never shown in clear.
     */
    static RenderedPrompt render(PromptSpec spec, String language, Supplier<Map<String, Object>> names,
                                 Predicate<String> secret) {
        List<SegmentSpec> specs = spec.segments(language);
        if (ConstantPrompts.isConstant(specs)) {
            return CONSTANT.rendered(spec, language, () -> fill(specs, language, Map.of(), secret));
        }
        return fill(specs, language, names.get(), secret);
    }

    private static RenderedPrompt fill(List<SegmentSpec> specs, String language, Map<String, Object> names,
                                       Predicate<String> secret) {
        List<PromptSegment> segments = new ArrayList<>(specs.size());
        List<String> audio = new ArrayList<>(1);
        StringBuilder text = new StringBuilder();
        for (SegmentSpec segment : specs) {
            PromptSegment heard = segment(segment, language, names, secret);
            segments.add(heard);
            if (heard instanceof PromptSegment.Audio a) {
                audio.add(a.path());
            }
            String shown = shown(segment, heard, names, secret);
            if (!shown.isEmpty()) {
                text.append(text.length() == 0 ? "" : " ").append(shown);
            }
        }
        return new RenderedPrompt(new Prompt(language, segments), text.toString(), audio);
    }

    /**
     * Numbers, money and dates become the words of the call's language, so every channel says (and
     * the trace shows) the same; a segment reading a secret is marked so that no channel caches or
     * keeps its audio.
     */
    private static PromptSegment segment(SegmentSpec segment, String language, Map<String, Object> names,
                                         Predicate<String> secret) {
        boolean readsSecret = readNames(segment).stream().anyMatch(secret);
        if (segment instanceof SegmentSpec.Text t) {
            return new PromptSegment.Speak(renderText(t.text(), names), readsSecret);
        } else if (segment instanceof SegmentSpec.Audio a) {
            return new PromptSegment.Audio(a.path());
        } else if (segment instanceof SegmentSpec.SayNumber n) {
            return new PromptSegment.Speak(SpokenValues.of(language).number(number(n.value(), names)), readsSecret);
        } else if (segment instanceof SegmentSpec.SayDigits d) {
            return new PromptSegment.SayDigits(Template.display(value(d.value(), names)));
        } else if (segment instanceof SegmentSpec.SayDate d) {
            return new PromptSegment.Speak(SpokenValues.of(language).date(date(d.value(), names)), readsSecret);
        } else if (segment instanceof SegmentSpec.SayMoney m) {
            return new PromptSegment.Speak(money(m, language, names), readsSecret);
        }
        return new PromptSegment.Pause(((SegmentSpec.Pause) segment).length());
    }

    /** The segment as the trace shows it: secrets masked. */
    private static String shown(SegmentSpec segment, PromptSegment heard, Map<String, Object> names,
                                Predicate<String> secret) {
        if (readNames(segment).stream().noneMatch(secret)) {
            return heard.asText();
        }
        if (segment instanceof SegmentSpec.Text t) {
            return maskedText(t.text(), names, secret);
        }
        return Masking.MASK;
    }

    private static Set<String> readNames(SegmentSpec segment) {
        if (segment instanceof SegmentSpec.Text t) {
            return t.text().variables();
        } else if (segment instanceof SegmentSpec.SayNumber n) {
            return n.value().variables();
        } else if (segment instanceof SegmentSpec.SayDigits d) {
            return d.value().variables();
        } else if (segment instanceof SegmentSpec.SayDate d) {
            return d.value().variables();
        } else if (segment instanceof SegmentSpec.SayMoney m) {
            return m.value().variables();
        }
        return Set.of();
    }

    private static String maskedText(Template text, Map<String, Object> names, Predicate<String> secret) {
        Map<String, Object> masked = new HashMap<>(names);
        text.variables().stream().filter(secret).forEach(name -> masked.replace(name, Masking.MASK));
        try {
            return text.render(masked);
        } catch (ExpressionException e) {
            return Masking.MASK;
        }
    }

    private static String renderText(Template text, Map<String, Object> names) {
        try {
            return text.render(names);
        } catch (ExpressionException e) {
            throw new NodeFailure("prompt text '" + text.source() + "': " + e.getMessage());
        }
    }

    private static Object value(Expression expression, Map<String, Object> names) {
        try {
            return expression.evaluate(names);
        } catch (ExpressionException e) {
            throw new NodeFailure(e.getMessage());
        }
    }

    private static BigDecimal number(Expression expression, Map<String, Object> names) {
        Object value = value(expression, names);
        try {
            return value instanceof BigDecimal d ? d : new BigDecimal(Template.display(value).trim());
        } catch (NumberFormatException e) {
            throw new NodeFailure("'" + expression.source() + "' is not a number to read aloud");
        }
    }

    private static String money(SegmentSpec.SayMoney money, String language, Map<String, Object> names) {
        try {
            return SpokenValues.of(language).money(number(money.value(), names), money.currency());
        } catch (IllegalArgumentException unknown) {
            throw new NodeFailure("'" + money.currency() + "' is not a currency (ISO 4217) to read an amount in");
        }
    }

    private static LocalDate date(Expression expression, Map<String, Object> names) {
        Object value = value(expression, names);
        if (value instanceof TemporalAccessor t) {
            return LocalDate.from(t);
        }
        try {
            return LocalDate.parse(Template.display(value).trim());
        } catch (java.time.DateTimeException e) {
            throw new NodeFailure("'" + expression.source() + "' is not a date to read aloud");
        }
    }
}
