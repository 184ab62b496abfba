package org.eclipse.jface.util;

/**
 * The checks GEF 3.2 calls under JFace's old name; JFace removed this class, the same checks
 * live in {@link org.eclipse.core.runtime.Assert}.
 */
public final class Assert {

    private Assert() {
    }

    public static void isNotNull(Object object) {
        org.eclipse.core.runtime.Assert.isNotNull(object);
    }

    public static void isNotNull(Object object, String message) {
        org.eclipse.core.runtime.Assert.isNotNull(object, message);
    }

    public static boolean isTrue(boolean expression) {
        return org.eclipse.core.runtime.Assert.isTrue(expression);
    }

    public static boolean isTrue(boolean expression, String message) {
        return org.eclipse.core.runtime.Assert.isTrue(expression, message);
    }
}
