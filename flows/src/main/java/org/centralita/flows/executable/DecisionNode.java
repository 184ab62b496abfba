package org.centralita.flows.executable;

import java.util.List;
import org.centralita.flows.expr.Expression;

/** Takes the first branch whose condition holds, else {@code otherwise}. */
public record DecisionNode(String id, List<Branch> branches, String otherwise, String error)
        implements ExecutableNode {

    public DecisionNode {
        branches = List.copyOf(branches);
    }

    /** A condition and the node it leads to. */
    public record Branch(Expression when, String next) {
    }
}
