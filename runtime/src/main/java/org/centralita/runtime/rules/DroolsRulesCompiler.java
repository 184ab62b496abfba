package org.centralita.runtime.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.centralita.flows.rules.RuleProblem;
import org.centralita.flows.rules.RulesCompiler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds Drools rule files ({@code .drl}) into rule sets, once, at publish: the file is parsed
 * and checked by the {@link DrlSandbox}, then the model it approved is built into one KieBase
 * that every call shares. Build errors come
 * back as problems at the DRL's line and column. Safe to share.
 *
 * <p>The same DRL text builds once per JVM: validating then compiling a flow (every
 * {@code validate} or {@code simulate}), or publishing again a flow whose rules did not change,
 * reuses the rule set built before, instead of paying a Drools build (hundreds of milliseconds)
 * each time. The rule sets are immutable, so sharing them is safe.
 */
public final class DroolsRulesCompiler implements RulesCompiler {

    private static final Logger LOG = LoggerFactory.getLogger(DroolsRulesCompiler.class);
    /** Rule texts built lately; bounded so that a runtime publishing many edits does not keep them all. */
    private static final int BUILDS_KEPT = 32;
    private static final Map<String, Result> BUILT = Collections.synchronizedMap(
            new LinkedHashMap<>(BUILDS_KEPT, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Result> eldest) {
                    return size() > BUILDS_KEPT;
                }
            });

    private final RuleLimits limits;

    public DroolsRulesCompiler() {
        this(RuleLimits.DEFAULT);
    }

    DroolsRulesCompiler(RuleLimits limits) {
        this.limits = limits;
    }

    @Override
    public Result compile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".drl")) {
            return failed(0, "'" + file.getFileName() + "' is not a rule file this runtime builds: write the rules"
                    + " in DRL (.drl); decision tables (.xlsx, .csv) are not supported yet");
        }
        String drl;
        try {
            drl = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return failed(0, "cannot read the rule file: " + e.getMessage());
        }
        return compile(drl);
    }

    /** Checks and builds DRL text (or gives the result of the same text built before). */
    public Result compile(String drl) {
        String key = limits + "\n" + drl;
        Result built = BUILT.get(key);
        if (built == null) {
            built = build(drl);
            BUILT.put(key, built);
        }
        return built;
    }

    private Result build(String drl) {
        DrlSandbox.Checked checked = DrlSandbox.check(drl);
        if (!checked.breaches().isEmpty()) {
            return new Result(null, checked.breaches());
        }
        KieBuild.Built built;
        try {
            built = KieBuild.of(checked.model(), limits);
        } catch (RuntimeException e) {
            LOG.warn("Drools failed building approved rules", e);
            return failed(0, "the rules do not build (" + e.getClass().getSimpleName() + "): " + e.getMessage());
        }
        if (!built.errors().isEmpty()) {
            return new Result(null, built.errors());
        }
        LOG.debug("built rules with limits {}", limits);
        return new Result(built.rules(), List.of());
    }

    private static Result failed(int line, String message) {
        return new Result(null, List.of(new RuleProblem(line, 0, message)));
    }
}
