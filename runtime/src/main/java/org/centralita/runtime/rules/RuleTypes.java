package org.centralita.runtime.rules;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The types one rule file can name: resolves a simple or qualified name the way Drools does
 * (imports, wildcard imports, java.lang, the file's own declared types) and says whether the
 * type it names is on the {@link RuleAllowList}. A name that resolves to nothing allowed is a breach.
 */
final class RuleTypes {

    private final Map<String, String> imported = new HashMap<>();
    private final Set<String> wildcards = new HashSet<>();
    private final Map<String, Set<String>> declared = new HashMap<>();

    /** Records an allowed import ({@code java.time.Month} or {@code java.time.*}). */
    void importType(String name) {
        if (name.endsWith(".*")) {
            wildcards.add(name.substring(0, name.length() - 2));
        } else {
            imported.put(RuleAllowList.simpleName(name), name);
        }
    }

    /** Records a type the file declares, with its field names. */
    void declare(String name, Set<String> fields) {
        declared.put(name, Set.copyOf(fields));
    }

    boolean isDeclared(String simpleName) {
        return declared.containsKey(simpleName);
    }

    /** Whether a declared type of the file has a field of this name. */
    boolean isDeclaredField(String field) {
        return declared.values().stream().anyMatch(fields -> fields.contains(field));
    }

    /** Whether an import of this name (type or wildcard) is on the allow-list. */
    static boolean allowsImport(String name) {
        return name.endsWith(".*") ? RuleAllowList.WILDCARD_PACKAGES.contains(name.substring(0, name.length() - 2))
                : RuleAllowList.TYPES.contains(name);
    }

    /**
     * Whether a type name as written ({@code Month}, {@code java.time.Month},
     * {@code List<String>}, {@code String[]}) names only allowed or declared types.
     */
    boolean allowsTypeText(String text) {
        for (String part : text.split("[<>,\\[\\]\\s?]+")) {
            if (!part.isEmpty() && !part.equals("extends") && !part.equals("super") && !isPrimitive(part)
                    && !allows(part)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a simple or qualified type name resolves to an allowed or declared type. */
    boolean allows(String name) {
        return resolve(name) != null;
    }

    /** The qualified allowed type a name resolves to (the simple name for a declared type), or null. */
    String resolve(String name) {
        if (name.contains(".")) {
            return RuleAllowList.TYPES.contains(name) ? name : null;
        }
        if (declared.containsKey(name)) {
            return name;
        }
        String direct = imported.get(name);
        if (direct != null) {
            return direct;
        }
        for (String pkg : wildcards) {
            if (RuleAllowList.TYPES.contains(pkg + "." + name)) {
                return pkg + "." + name;
            }
        }
        String lang = "java.lang." + name;
        return RuleAllowList.TYPES.contains(lang) ? lang : null;
    }

    /** Whether a declared type's name would hide a JDK or fact type, so that Drools and the sandbox would disagree. */
    boolean hides(String name) {
        return imported.containsKey(name) || RuleAllowList.TYPES.stream().anyMatch(t -> RuleAllowList.simpleName(t).equals(name))
                || existsInJavaLang(name);
    }

    private static boolean existsInJavaLang(String name) {
        try {
            Class.forName("java.lang." + name, false, RuleTypes.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    static boolean isPrimitive(String name) {
        return Set.of("int", "long", "double", "float", "short", "byte", "boolean", "char", "void").contains(name);
    }
}
