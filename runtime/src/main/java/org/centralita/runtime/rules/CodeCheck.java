package org.centralita.runtime.rules;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.centralita.flows.rules.RuleProblem;

/**
 * Checks Java code of a rule file (a consequence, a function body, a constraint or an
 * expression) on its syntax tree, parsed by JavaParser with unicode escapes processed as javac
 * does, so that code hidden in a comment by {@code \u000a} is seen as the compiler will see it.
 */
final class CodeCheck {

    private CodeCheck() {
    }

    /** Breaches in a block of statements that starts at {@code origin} in the file. */
    static List<RuleProblem> block(String code, SourceMap.Place origin, CodeContext context, String what) {
        // the code goes on a line of its own, so that its lines and columns are the snippet's
        ParseResult<BlockStmt> parsed = parser().parseBlock("{\n" + code + "\n}");
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            return List.of(unparsed(parsed.getProblems(), origin, what, 1));
        }
        BlockStmt block = parsed.getResult().get();
        CodeContext inner = context.with(localNames(block), context.kind());
        return new CodeVisitor(inner, (line, column) -> origin.inside(line - 1, column)).check(block);
    }

    /** Breaches in one expression; they are reported at {@code origin}, the constraint's place. */
    static List<RuleProblem> expression(String code, SourceMap.Place origin, CodeContext context, String what) {
        ParseResult<Expression> parsed = parser().parseExpression(code);
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            return List.of(unparsed(parsed.getProblems(), origin, what, 0));
        }
        return new CodeVisitor(context, (line, column) -> origin).check(parsed.getResult().get());
    }

    private static JavaParser parser() {
        return new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)
                .setPreprocessUnicodeEscapes(true)
                .setAttributeComments(false));
    }

    /** Local variables and catch parameters declared anywhere in the code. */
    private static Set<String> localNames(Node root) {
        Set<String> names = new HashSet<>();
        root.findAll(VariableDeclarator.class).forEach(v -> names.add(v.getNameAsString()));
        root.findAll(CatchClause.class).forEach(c -> names.add(c.getParameter().getNameAsString()));
        return names;
    }

    private static RuleProblem unparsed(List<Problem> problems, SourceMap.Place origin, String what, int linesBefore) {
        SourceMap.Place at = origin;
        String detail = "";
        if (!problems.isEmpty()) {
            Problem first = problems.get(0);
            detail = ": " + first.getMessage().lines().findFirst().orElse("").strip();
            var begin = first.getLocation().flatMap(l -> l.getBegin().getRange()).map(r -> r.begin);
            if (begin.isPresent() && linesBefore > 0) {
                at = origin.inside(Math.max(1, begin.get().line - linesBefore), begin.get().column);
            }
        }
        return new RuleProblem(at.line(), at.column(), what + " is not plain Java the rules sandbox can check"
                + " (write it as Java statements; modify blocks and MVEL are not allowed)" + detail);
    }

    /** Maps a line and column of the parsed snippet to the file. */
    interface Placer {
        SourceMap.Place place(int line, int column);
    }
}
