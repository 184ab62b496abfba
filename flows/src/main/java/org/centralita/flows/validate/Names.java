package org.centralita.flows.validate;

import java.util.Set;
import java.util.regex.Pattern;

/** The forms names take in flow files: ids, variables, language tags, DTMF keys. */
public final class Names {

    /** Flow ids, node ids, prompt keys, calendar ids: {@code [a-z][a-z0-9-]*}. */
    public static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

    /**
     * Variable names: they are read inside expressions, where {@code a-b} is a subtraction, so
     * they are identifiers: a lower-case letter, then letters, digits or {@code _}.
     */
    public static final Pattern VARIABLE = Pattern.compile("[a-z][A-Za-z0-9_]*");

    /**
     * A BCP-47-looking language tag: a language, then an optional script and region, written in
     * their usual case: {@code en-US}, {@code es}, {@code es-419}, {@code zh-Hant-TW}.
     */
    public static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?");

    /** One DTMF key. */
    public static final Pattern DTMF_KEY = Pattern.compile("[0-9*#]");

    /** Names expressions give a meaning of their own, so no variable may take them. */
    public static final Set<String> RESERVED = Set.of("call", "value", "true", "false", "null", "empty",
            "size", "and", "or", "not", "eq", "ne", "lt", "le", "gt", "ge", "div", "mod", "new", "var",
            "if", "else", "for", "while", "do", "function", "return", "break", "continue", "let", "const");

    private Names() {
    }

    public static boolean isId(String text) {
        return ID.matcher(text).matches();
    }

    public static boolean isVariable(String text) {
        return VARIABLE.matcher(text).matches();
    }

    public static boolean isLanguage(String text) {
        return LANGUAGE.matcher(text).matches();
    }

    public static boolean isDtmfKey(String text) {
        return DTMF_KEY.matcher(text).matches();
    }
}
