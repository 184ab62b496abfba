package org.centralita.flows.executable;

import java.util.List;
import org.centralita.flows.expr.Expression;

/**
 * Collects digits or words into a variable.
 *
 * @param mode {@code digits}, {@code speech} or {@code both}
 * @param terminator the key that ends digit entry early, or "" for none
 * @param grammar the built-in grammar name, or null when {@code phrases} are given or digits only
 * @param phrases the phrases of a list grammar (empty otherwise)
 * @param validation the check a value must pass, or null
 * @param confirm read back before accepting (1 accepts, 2 re-enters), or null
 * @param store the variable that receives the value, or null
 * @param sensitive whether the value is a secret (the stored variable is sensitive)
 */
public record InputNode(String id, PromptSpec prompt, String mode, int minDigits, int maxDigits,
                        String terminator, InputTiming timing, String grammar, List<String> phrases,
                        Validation validation, PromptSpec confirm, String store, boolean sensitive,
                        PromptSpec noInputPrompt, PromptSpec noMatchPrompt, double confidence,
                        String next, String maxRetries, String error) implements ExecutableNode {

    public InputNode {
        phrases = List.copyOf(phrases);
    }

    public boolean acceptsDigits() {
        return !"speech".equals(mode);
    }

    public boolean acceptsSpeech() {
        return !"digits".equals(mode);
    }

    /** How a value is checked: the Luhn checksum, or an expression over {@code value}. */
    public sealed interface Validation {
        record Luhn() implements Validation {
        }

        record Check(Expression expression) implements Validation {
        }
    }
}
