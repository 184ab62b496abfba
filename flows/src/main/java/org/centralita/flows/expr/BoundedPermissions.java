package org.centralita.flows.expr;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.Set;
import org.apache.commons.jexl3.introspection.JexlPermissions;

/**
 * JEXL's restricted permissions less the methods that can work without bound in a single call,
 * which no budget can stop from outside: backtracking regular expressions ({@code matches},
 * {@code replaceAll}, {@code split}, all of {@code java.util.regex}), results that grow without
 * bound ({@code repeat}, {@code replace}, {@code formatted}, {@code pow}, {@code setScale},
 * {@code toPlainString}) and copies of whole collections or ranges ({@code toArray}, {@code addAll}).
 */
final class BoundedPermissions extends JexlPermissions.Delegate {

    private static final Map<Class<?>, Set<String>> DENIED = Map.of(
            String.class, Set.of("matches", "replaceAll", "replaceFirst", "split", "splitWithDelimiters",
                    "repeat", "replace", "formatted", "format", "indent", "join", "lines", "chars", "codePoints"),
            BigDecimal.class, Set.of("pow", "setScale", "toPlainString", "toBigInteger", "toBigIntegerExact",
                    "movePointLeft", "movePointRight", "scaleByPowerOfTen", "sqrt"),
            BigInteger.class, Set.of("pow", "shiftLeft", "modPow", "sqrt", "nextProbablePrime", "isProbablePrime",
                    "probablePrime"));

    /** Names denied on every class: they copy or fill a whole collection, array or range. */
    private static final Set<String> DENIED_EVERYWHERE = Set.of("toArray", "addAll", "putAll", "fill", "nCopies",
            "stream", "parallelStream", "collect", "wait", "notify", "notifyAll");

    BoundedPermissions() {
        super(JexlPermissions.RESTRICTED);
    }

    @Override
    public boolean allow(Method method) {
        Class<?> owner = method.getDeclaringClass();
        String name = method.getName();
        if (owner.getPackageName().equals("java.util.regex") || DENIED_EVERYWHERE.contains(name)
                || DENIED.getOrDefault(owner, Set.of()).contains(name)) {
            return false;
        }
        return super.allow(method);
    }
}
