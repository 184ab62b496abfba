package org.centralita.runtime.rules;

import java.util.Map;
import java.util.Set;

/**
 * What a rule file may reference: the facts, a few safe JDK value types, their safe static and
 * instance methods, and the constructors of the exceptions a rule throws. Anything not listed
 * here is refused by the {@link DrlSandbox}; docs/rules.md prints this list for rule authors.
 */
final class RuleAllowList {

    static final String FACTS_PACKAGE = "org.centralita.rules";

    /** Every type a rule may name, by qualified name; each one reaches only values. */
    static final Set<String> TYPES = Set.of(
            FACTS_PACKAGE + ".Call", FACTS_PACKAGE + ".Flow", FACTS_PACKAGE + ".Decision",
            "java.lang.String", "java.lang.Math", "java.lang.Integer", "java.lang.Long", "java.lang.Double",
            "java.lang.Float", "java.lang.Short", "java.lang.Byte", "java.lang.Boolean", "java.lang.Character",
            "java.lang.Number", "java.lang.Object", "java.lang.CharSequence", "java.lang.Comparable",
            "java.lang.Exception", "java.lang.RuntimeException", "java.lang.IllegalArgumentException",
            "java.lang.IllegalStateException", "java.lang.ArithmeticException",
            "java.lang.UnsupportedOperationException", "java.lang.NullPointerException",
            "java.math.BigDecimal", "java.math.BigInteger", "java.math.RoundingMode",
            "java.time.LocalDate", "java.time.LocalTime", "java.time.LocalDateTime", "java.time.ZonedDateTime",
            "java.time.OffsetDateTime", "java.time.Instant", "java.time.Duration", "java.time.Period",
            "java.time.DayOfWeek", "java.time.Month", "java.time.MonthDay", "java.time.Year",
            "java.time.YearMonth", "java.time.ZoneId", "java.time.ZoneOffset",
            "java.time.format.DateTimeFormatter", "java.time.format.TextStyle", "java.time.temporal.ChronoUnit",
            "java.util.List", "java.util.Map", "java.util.Set", "java.util.Collection", "java.util.Collections",
            "java.util.Objects", "java.util.Optional", "java.util.Locale");

    /** Packages whose listed types a wildcard import brings in. */
    static final Set<String> WILDCARD_PACKAGES = Set.of(FACTS_PACKAGE, "java.lang", "java.math", "java.time",
            "java.time.format", "java.time.temporal", "java.util");

    /** Static methods by type (simple name); "*" allows every static method of a pure type. */
    static final Map<String, Set<String>> STATIC_METHODS = Map.ofEntries(
            Map.entry("Math", Set.of("*")),
            Map.entry("String", Set.of("valueOf", "join")),
            Map.entry("Integer", Set.of("valueOf", "parseInt", "compare", "max", "min", "sum", "toString", "signum")),
            Map.entry("Long", Set.of("valueOf", "parseLong", "compare", "max", "min", "sum", "toString", "signum")),
            Map.entry("Double", Set.of("valueOf", "parseDouble", "compare", "max", "min", "sum", "toString", "isNaN")),
            Map.entry("Float", Set.of("valueOf", "parseFloat", "compare", "toString")),
            Map.entry("Short", Set.of("valueOf", "parseShort", "compare", "toString")),
            Map.entry("Byte", Set.of("valueOf", "parseByte", "compare", "toString")),
            Map.entry("Boolean", Set.of("valueOf", "parseBoolean", "compare", "toString")),
            Map.entry("Character", Set.of("valueOf", "isDigit", "isLetter", "isWhitespace", "toUpperCase",
                    "toLowerCase", "toString")),
            Map.entry("BigDecimal", Set.of("valueOf")),
            Map.entry("BigInteger", Set.of("valueOf")),
            Map.entry("RoundingMode", Set.of("valueOf")),
            Map.entry("LocalDate", Set.of("of", "parse", "ofEpochDay")),
            Map.entry("LocalTime", Set.of("of", "parse")),
            Map.entry("LocalDateTime", Set.of("of", "parse")),
            Map.entry("ZonedDateTime", Set.of("of", "parse")),
            Map.entry("OffsetDateTime", Set.of("of", "parse")),
            Map.entry("Instant", Set.of("ofEpochMilli", "ofEpochSecond", "parse")),
            Map.entry("Duration", Set.of("ofDays", "ofHours", "ofMinutes", "ofSeconds", "ofMillis", "between", "parse")),
            Map.entry("Period", Set.of("of", "ofDays", "ofWeeks", "ofMonths", "ofYears", "between", "parse")),
            Map.entry("DayOfWeek", Set.of("of", "valueOf")),
            Map.entry("Month", Set.of("of", "valueOf")),
            Map.entry("MonthDay", Set.of("of", "parse")),
            Map.entry("Year", Set.of("of", "isLeap")),
            Map.entry("YearMonth", Set.of("of", "parse")),
            Map.entry("ZoneId", Set.of("of")),
            Map.entry("ZoneOffset", Set.of("of", "ofHours")),
            Map.entry("DateTimeFormatter", Set.of("ofPattern")),
            Map.entry("ChronoUnit", Set.of("valueOf")),
            Map.entry("TextStyle", Set.of("valueOf")),
            Map.entry("List", Set.of("of")),
            Map.entry("Set", Set.of("of")),
            Map.entry("Map", Set.of("of", "entry")),
            Map.entry("Collections", Set.of("emptyList", "emptyMap", "emptySet", "singletonList", "singleton",
                    "singletonMap", "unmodifiableList", "unmodifiableMap", "unmodifiableSet", "max", "min")),
            Map.entry("Objects", Set.of("equals", "isNull", "nonNull", "hash", "toString", "requireNonNull",
                    "requireNonNullElse")),
            Map.entry("Optional", Set.of("of", "ofNullable", "empty")),
            Map.entry("Locale", Set.of("forLanguageTag")));

    /**
     * Instance methods by name, on any value a rule can hold (every such value is of a listed
     * type, so these names reach nothing else): reading and computing, never mutating a shared
     * collection, never reflection.
     */
    static final Set<String> INSTANCE_METHODS = Set.of(
            // facts
            "outcome", "set", "number", "text", "flag", "has", "getId", "getAni", "getDnis", "getLanguage", "getNow",
            "getOutcome", "getAssignments",
            // every value
            "equals", "hashCode", "toString", "compareTo", "name", "ordinal",
            // text
            "length", "isEmpty", "isBlank", "charAt", "startsWith", "endsWith", "contains", "indexOf", "lastIndexOf",
            "substring", "toLowerCase", "toUpperCase", "trim", "strip", "stripLeading", "stripTrailing",
            "equalsIgnoreCase", "compareToIgnoreCase", "replace", "concat", "matches", "split",
            // numbers
            "intValue", "longValue", "doubleValue", "floatValue", "shortValue", "byteValue", "booleanValue",
            "charValue", "signum", "abs", "negate", "add", "subtract", "multiply", "divide", "remainder", "min", "max",
            "scale", "precision", "setScale", "stripTrailingZeros", "toPlainString", "toBigInteger",
            "intValueExact", "longValueExact",
            // java.time
            "getYear", "getMonth", "getMonthValue", "getDayOfMonth", "getDayOfWeek", "getDayOfYear", "getHour",
            "getMinute", "getSecond", "getNano", "getZone", "getOffset", "getValue", "getSeconds", "getDays",
            "getMonths", "getYears", "toLocalDate", "toLocalTime", "toLocalDateTime", "toInstant", "toEpochMilli",
            "toEpochDay", "toMinutes", "toHours", "toDays", "toSeconds", "toMillis", "plus", "minus", "plusDays",
            "plusWeeks", "plusMonths", "plusYears", "plusHours", "plusMinutes", "plusSeconds", "minusDays",
            "minusWeeks", "minusMonths", "minusYears", "minusHours", "minusMinutes", "minusSeconds", "withDayOfMonth",
            "withDayOfYear", "withMonth", "withYear", "withHour", "withMinute", "withSecond", "withNano",
            "withZoneSameInstant", "atZone", "atStartOfDay", "atTime", "atDate", "isBefore", "isAfter", "isEqual",
            "isLeapYear", "lengthOfMonth", "lengthOfYear", "until", "format", "truncatedTo", "isNegative", "isZero",
            "getDisplayName",
            // collections, read-only
            "get", "size", "containsKey", "containsValue", "getOrDefault", "keySet", "values", "getKey",
            "isPresent", "orElse", "subList");

    /** Calls a consequence may make without a receiver: Drools' working-memory actions. */
    static final Set<String> WORKING_MEMORY_ACTIONS = Set.of("insert", "insertLogical", "update", "delete", "retract");

    /** Types a consequence may construct with {@code new}: the exceptions a rule throws to fail. */
    static final Set<String> CONSTRUCTIBLE = Set.of("Exception", "RuntimeException", "IllegalArgumentException",
            "IllegalStateException", "ArithmeticException", "UnsupportedOperationException");

    /** Rule and package attributes a file may set. */
    static final Set<String> ATTRIBUTES = Set.of("salience", "no-loop", "lock-on-active", "agenda-group",
            "activation-group", "ruleflow-group", "auto-focus", "enabled", "dialect", "date-effective",
            "date-expires");

    /** Relational operators a constraint may use. */
    static final Set<String> OPERATORS = Set.of("==", "!=", "<", "<=", ">", ">=", "matches", "contains",
            "memberOf", "str", "excludes");

    /** Accumulate functions a pattern may use: they fold the matched facts, nothing else. */
    static final Set<String> ACCUMULATE_FUNCTIONS = Set.of("count", "sum", "min", "max", "average",
            "collectList", "collectSet");

    /**
     * Annotations a declared type or field may carry: Drools' own, which only describe the type.
     * Any other name would make the builder load a class by that name.
     */
    static final Set<String> TYPE_ANNOTATIONS = Set.of("role", "key", "position", "propertyReactive",
            "classReactive", "timestamp", "duration", "expires");

    /** Largest array a rule may allocate, and only with a constant size. */
    static final int MAX_ARRAY_LENGTH = 1_000;

    /**
     * Names refused with a reason of their own, wherever they appear, so that the author sees why
     * rather than "not allowed".
     */
    static final Map<String, String> FORBIDDEN_NAMES = Map.ofEntries(
            Map.entry("getClass", "reflection"), Map.entry("forName", "reflection"), Map.entry("Class", "reflection"),
            Map.entry("getMethod", "reflection"), Map.entry("getDeclaredMethod", "reflection"),
            Map.entry("invoke", "reflection"), Map.entry("setAccessible", "reflection"),
            Map.entry("getClassLoader", "class loading"), Map.entry("System", "the JVM and its environment"),
            Map.entry("Runtime", "processes and the JVM"), Map.entry("getRuntime", "processes and the JVM"),
            Map.entry("exec", "processes"), Map.entry("exit", "stopping the JVM"), Map.entry("halt", "stopping the JVM"),
            Map.entry("getenv", "the environment"), Map.entry("ProcessBuilder", "processes"),
            Map.entry("Thread", "threads"), Map.entry("Executors", "threads"), Map.entry("ExecutorService", "threads"),
            Map.entry("CompletableFuture", "threads"), Map.entry("ForkJoinPool", "threads"),
            Map.entry("parallel", "threads (parallel streams)"),
            Map.entry("parallelStream", "threads (parallel streams)"), Map.entry("File", "files"),
            Map.entry("Files", "files"), Map.entry("Paths", "files"), Map.entry("drools", "the rule engine itself"),
            Map.entry("kcontext", "the rule engine itself"));

    private RuleAllowList() {
    }

    /** The simple name of a qualified type name. */
    static String simpleName(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }
}
