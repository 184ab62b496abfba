package org.centralita.flows.compile;

import org.centralita.flows.rules.RulesCompiler;

/**
 * How to compile.
 *
 * @param rulesCompiler builds the rule files of {@code rules} nodes; null to leave them unbuilt
 *                      (such a node then fails at call time, and the compile warns)
 * @param version the version label of every compiled flow; null for a short SHA-256 of each
 *                flow file's text
 */
public record CompileOptions(RulesCompiler rulesCompiler, String version) {

    /** No rules compiler, versions from content hashes. */
    public static CompileOptions defaults() {
        return new CompileOptions(null, null);
    }

    public CompileOptions withRulesCompiler(RulesCompiler compiler) {
        return new CompileOptions(compiler, version);
    }

    public CompileOptions withVersion(String label) {
        return new CompileOptions(rulesCompiler, label);
    }
}
