package org.centralita.runtime.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.centralita.flows.rules.RuleProblem;
import org.centralita.flows.rules.RulesCompiler;
import org.kie.api.KieBase;
import org.kie.api.builder.Message;
import org.kie.api.builder.Results;
import org.kie.api.io.ResourceType;
import org.kie.internal.utils.KieHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds Drools rule files ({@code .drl}) into rule sets, once, at publish: the file is first
 * checked by the sandbox, then built into one KieBase that every call shares. Build errors come
 * back as problems at the DRL's line and column. Stateless and safe to share.
 */
public final class DroolsRulesCompiler implements RulesCompiler {

    private static final Logger LOG = LoggerFactory.getLogger(DroolsRulesCompiler.class);

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

    /** Checks and builds DRL text. */
    public Result compile(String drl) {
        List<RuleProblem> breaches = DrlSandbox.check(drl);
        if (!breaches.isEmpty()) {
            return new Result(null, breaches);
        }
        KieHelper helper = new KieHelper();
        helper.addContent(drl, ResourceType.DRL);
        Results results = helper.verify();
        List<RuleProblem> errors = BuildMessages.problems(results.getMessages(Message.Level.ERROR));
        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        KieBase base = helper.build();
        LOG.debug("built {} rule package(s)", base.getKiePackages().size());
        return new Result(new DroolsRuleSet(base), List.of());
    }

    private static Result failed(int line, String message) {
        return new Result(null, List.of(new RuleProblem(line, 0, message)));
    }
}
