package org.centralita.runtime.rules;

import java.util.HashSet;
import java.util.Set;

/**
 * What a piece of rule code can see: the file's types, its functions, the variables bound
 * around it, and whether it is a consequence (where Drools' insert/update/delete may be called)
 * or a pattern constraint (where a bare name or call is a property or method of the fact).
 */
record CodeContext(RuleTypes types, Set<String> functions, Set<String> variables, Kind kind) {

    /** Where the code sits in the rule file. */
    enum Kind { CONSEQUENCE, FUNCTION, CONSTRAINT, EXPRESSION }

    CodeContext {
        variables = Set.copyOf(variables);
        functions = Set.copyOf(functions);
    }

    /** The same context with more variables in sight. */
    CodeContext with(Set<String> more, Kind newKind) {
        Set<String> all = new HashSet<>(variables);
        all.addAll(more);
        return new CodeContext(types, functions, all, newKind);
    }

    boolean isVariable(String name) {
        return variables.contains(name);
    }

    /** Whether a bare name in a constraint may be read as a property of the fact. */
    boolean isProperty(String name) {
        if (kind != Kind.CONSTRAINT || name.isEmpty() || !Character.isLowerCase(name.charAt(0))) {
            return false; // Month is a type; month would be the fact's getMonth()
        }
        String capital = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return RuleAllowList.INSTANCE_METHODS.contains("get" + capital)
                || RuleAllowList.INSTANCE_METHODS.contains("is" + capital) || types.isDeclaredField(name);
    }

    /** Whether an instance method of this name may be called on a value the rule holds. */
    boolean allowsInstanceMethod(String name) {
        if (RuleAllowList.INSTANCE_METHODS.contains(name)) {
            return true;
        }
        for (String prefix : new String[] {"get", "set", "is"}) {
            if (name.startsWith(prefix) && name.length() > prefix.length()) {
                String field = Character.toLowerCase(name.charAt(prefix.length())) + name.substring(prefix.length() + 1);
                if (types.isDeclaredField(field)) {
                    return true;
                }
            }
        }
        return false;
    }
}
