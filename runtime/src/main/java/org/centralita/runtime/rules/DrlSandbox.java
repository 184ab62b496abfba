package org.centralita.runtime.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.centralita.flows.rules.RuleProblem;
import org.centralita.runtime.rules.DrlTokenizer.Token;

/**
 * Checks a DRL file before it is built: rules may use only the facts of
 * {@code org.centralita.rules}, {@code java.lang.Math}, {@code java.lang.String} (and the boxed
 * numbers and plain exceptions of java.lang), {@code java.time} and {@code java.util}. Imports,
 * fully qualified names, type names and reflective members are checked token by token, so that
 * a rule cannot reach files, the network, threads, processes or reflection.
 */
final class DrlSandbox {

    private final TypePolicy policy = new TypePolicy();
    private final List<RuleProblem> breaches = new ArrayList<>();
    private final Set<String> declared = new HashSet<>();

    private DrlSandbox() {
    }

    /** Every breach in {@code drl}, each at its line and column; none when the file is safe. */
    static List<RuleProblem> check(String drl) {
        DrlSandbox sandbox = new DrlSandbox();
        sandbox.run(DrlTokenizer.tokenize(drl));
        return sandbox.breaches;
    }

    private void run(List<Token> tokens) {
        collectDeclaredTypes(tokens);
        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            if (token.is("package") && startsStatement(tokens, i)) {
                i = endOfStatement(tokens, i);
            } else if (token.is("import") && startsStatement(tokens, i)) {
                i = checkImport(tokens, i);
            } else if (token.isIdentifier() && !afterDotOrAt(tokens, i)) {
                i = checkChain(tokens, i);
            } else {
                i++;
            }
        }
    }

    private void collectDeclaredTypes(List<Token> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).is("declare")) {
                Token name = tokens.get(i + 1);
                boolean modifier = name.is("enum") || name.is("trait");
                if (modifier && i + 2 < tokens.size()) {
                    name = tokens.get(i + 2);
                }
                declared.add(name.text());
            }
        }
    }

    private int checkImport(List<Token> tokens, int at) {
        int end = endOfStatement(tokens, at);
        int i = at + 1;
        if (i < end && (tokens.get(i).is("function") || tokens.get(i).is("static") || tokens.get(i).is("accumulate"))) {
            i++;
        }
        StringBuilder name = new StringBuilder();
        for (; i < end && !tokens.get(i).is(";"); i++) {
            name.append(tokens.get(i).text());
        }
        String imported = name.toString();
        if (!policy.allowsImport(imported)) {
            breach(tokens.get(at), "import of '" + imported + "' is not allowed: rules may use only "
                    + TypePolicy.ALLOWED_SUMMARY);
        }
        policy.imported(imported);
        return end;
    }

    /** Checks a dotted name such as {@code java.io.File}, {@code Math.max} or {@code $d.outcome}. */
    private int checkChain(List<Token> tokens, int at) {
        List<Token> chain = new ArrayList<>();
        int i = at;
        chain.add(tokens.get(i++));
        while (i + 1 < tokens.size() && tokens.get(i).is(".") && tokens.get(i + 1).isIdentifier()) {
            chain.add(tokens.get(i + 1));
            i += 2;
        }
        chain.stream().filter(t -> TypePolicy.FORBIDDEN_MEMBERS.contains(t.text())).forEach(t ->
                breach(t, "'" + t.text() + "' is not allowed in rules (no reflection, class loading, processes or exit)"));
        String qualified = qualifiedType(chain);
        if (qualified != null && !policy.allowsQualified(qualified)) {
            breach(chain.get(0), "'" + qualified + "' is not allowed: rules may use only " + TypePolicy.ALLOWED_SUMMARY);
        } else if (qualified == null && startsUpper(chain.get(0)) && !declared.contains(chain.get(0).text())
                && !policy.allowsSimple(chain.get(0).text())) {
            breach(chain.get(0), "type '" + chain.get(0).text() + "' is not allowed in rules: use the facts Call, Flow"
                    + " and Decision, Math, String, java.time and java.util");
        }
        return i;
    }

    /**
     * The package-qualified type or package a chain names ({@code java.io.File},
     * {@code java.lang.reflect}), or null when it starts with a simple name or a variable.
     */
    private static String qualifiedType(List<Token> chain) {
        if (chain.size() < 2 || startsUpper(chain.get(0))) {
            return null;
        }
        StringBuilder name = new StringBuilder(chain.get(0).text());
        for (int k = 1; k < chain.size(); k++) {
            name.append('.').append(chain.get(k).text());
            if (startsUpper(chain.get(k))) {
                return name.toString();
            }
        }
        return TypePolicy.ROOT_PACKAGES.contains(chain.get(0).text()) ? name.toString() : null;
    }

    private static boolean startsUpper(Token token) {
        return Character.isUpperCase(token.text().charAt(0));
    }

    private static boolean afterDotOrAt(List<Token> tokens, int i) {
        return i > 0 && (tokens.get(i - 1).is(".") || tokens.get(i - 1).is("@"));
    }

    /** Whether the token begins a line of its own (a top-level {@code package}/{@code import}). */
    private static boolean startsStatement(List<Token> tokens, int i) {
        return i == 0 || tokens.get(i - 1).line() < tokens.get(i).line() || tokens.get(i - 1).is(";");
    }

    /** The index after a statement that ends with {@code ;} or with its line. */
    private static int endOfStatement(List<Token> tokens, int at) {
        int line = tokens.get(at).line();
        int i = at + 1;
        while (i < tokens.size() && tokens.get(i).line() == line && !tokens.get(i).is(";")) {
            i++;
        }
        return i < tokens.size() && tokens.get(i).is(";") ? i + 1 : i;
    }

    private void breach(Token token, String message) {
        breaches.add(new RuleProblem(token.line(), token.column(), message));
    }
}
