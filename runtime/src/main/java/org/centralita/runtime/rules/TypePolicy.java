package org.centralita.runtime.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Which packages, types and members rule files may name. */
final class TypePolicy {

    static final String ALLOWED_SUMMARY = "org.centralita.rules, java.lang.Math, java.lang.String, java.time and java.util";

    /** First words of package names: a lowercase dotted name starting with one is a package. */
    static final Set<String> ROOT_PACKAGES = Set.of("java", "javax", "jdk", "sun", "com", "org", "net", "io", "jakarta");

    /** Members that lead to reflection, class loading, processes or stopping the JVM. */
    static final Set<String> FORBIDDEN_MEMBERS = Set.of("getClass", "class", "forName", "getClassLoader",
            "getRuntime", "exec", "exit", "halt", "setAccessible", "invoke", "newInstance", "getDeclaredMethod",
            "getDeclaredMethods", "getMethod", "getMethods", "getDeclaredField", "getDeclaredFields", "getField",
            "getFields", "getDeclaredConstructor", "getConstructor", "loadLibrary", "setSecurityManager");

    /** java.lang types that need no import and reach nothing outside the rule. */
    private static final Set<String> SAFE_LANG = Set.of("String", "Math", "Integer", "Long", "Double", "Float",
            "Short", "Byte", "Boolean", "Character", "Number", "Object", "CharSequence", "Comparable",
            "StringBuilder", "Iterable", "Exception", "RuntimeException", "IllegalArgumentException",
            "IllegalStateException", "ArithmeticException", "UnsupportedOperationException", "NullPointerException");

    private static final Set<String> FACTS = Set.of("Call", "Flow", "Decision");

    /** Sub-packages of java.util that reach threads, files, logging or class loading. */
    private static final List<String> UNSAFE_UTIL = List.of("java.util.concurrent", "java.util.logging",
            "java.util.prefs", "java.util.spi", "java.util.jar", "java.util.zip");

    /** java.util classes that start threads or load classes by name. */
    private static final Set<String> UNSAFE_UTIL_TYPES = Set.of("Timer", "TimerTask", "ServiceLoader", "ResourceBundle",
            "PropertyResourceBundle", "ListResourceBundle");

    private final Set<String> importedTypes = new HashSet<>();
    private final Set<String> importedPackages = new HashSet<>();

    boolean allowsImport(String name) {
        String target = name.endsWith(".*") ? name.substring(0, name.length() - 2) : name;
        return name.endsWith(".*") ? allowsPackage(target) : allowsQualified(target);
    }

    /** Records an import, whether or not it was allowed (a refused one is reported once, at the import). */
    void imported(String name) {
        if (name.endsWith(".*")) {
            importedPackages.add(name.substring(0, name.length() - 2));
        } else {
            importedTypes.add(name.substring(name.lastIndexOf('.') + 1));
        }
    }

    /** Whether a package-qualified type (or a package) may be named. */
    boolean allowsQualified(String name) {
        int dot = name.lastIndexOf('.');
        String last = name.substring(dot + 1);
        if (!Character.isUpperCase(last.charAt(0))) {
            return allowsPackage(name);
        }
        String pkg = dot < 0 ? "" : name.substring(0, dot);
        return name.equals("java.lang.Math") || name.equals("java.lang.String")
                || allowsPackage(pkg) && !("java.util".equals(pkg) && UNSAFE_UTIL_TYPES.contains(last));
    }

    /** Whether a simple type name is a fact, a safe java.lang type, or imported (directly or by a wildcard). */
    boolean allowsSimple(String name) {
        if (FACTS.contains(name) || SAFE_LANG.contains(name) || importedTypes.contains(name)) {
            return true;
        }
        return importedPackages.stream().filter(this::allowsPackage)
                .anyMatch(pkg -> allowsQualified(pkg + "." + name) && exists(pkg + "." + name));
    }

    private boolean allowsPackage(String pkg) {
        if ("org.centralita.rules".equals(pkg)) {
            return true;
        }
        boolean util = "java.util".equals(pkg) || pkg.startsWith("java.util.") && UNSAFE_UTIL.stream()
                .noneMatch(unsafe -> pkg.equals(unsafe) || pkg.startsWith(unsafe + "."));
        return util || "java.time".equals(pkg) || pkg.startsWith("java.time.");
    }

    private static boolean exists(String className) {
        try {
            Class.forName(className, false, TypePolicy.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
