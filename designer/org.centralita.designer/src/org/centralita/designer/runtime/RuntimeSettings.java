package org.centralita.designer.runtime;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Where Studio publishes and reads calls from: the runtime's admin URL (a plain preference) and
 * its admin token, kept encrypted in Eclipse secure storage, never in a plain preference or a log.
 */
public final class RuntimeSettings {

    /** The URL when none was set: a runtime on this machine with the default admin port. */
    public static final String DEFAULT_URL = "http://127.0.0.1:8080";
    private static final String QUALIFIER = "org.centralita.designer";
    private static final String URL_KEY = "runtime.url";
    private static final String SECURE_NODE = "org.centralita.designer/runtime";
    private static final String TOKEN_KEY = "admin-token";

    private static volatile ISecurePreferences storage;

    private RuntimeSettings() {
    }

    /**
     * Keeps the token in {@code secure} instead of the user's default secure storage (tests open
     * one under target/ with a password given in advance, so no dialog asks for one).
     */
    public static void useStorage(ISecurePreferences secure) {
        storage = secure;
    }

    private static ISecurePreferences root() {
        ISecurePreferences chosen = storage;
        return chosen != null ? chosen : SecurePreferencesFactory.getDefault();
    }

    public static String url() {
        return preferences().get(URL_KEY, DEFAULT_URL);
    }

    public static void setUrl(String url) throws BackingStoreException {
        IEclipsePreferences preferences = preferences();
        preferences.put(URL_KEY, url.strip());
        preferences.flush();
    }

    /** The admin token, or "" when none was kept. */
    public static String token() throws StorageException {
        ISecurePreferences root = root();
        if (root == null || !root.nodeExists(SECURE_NODE)) {
            return "";
        }
        return root.node(SECURE_NODE).get(TOKEN_KEY, "");
    }

    /** Keeps the token encrypted (an empty one removes it) and writes the storage to disk. */
    public static void setToken(String token) throws StorageException, java.io.IOException {
        ISecurePreferences root = root();
        if (root == null) {
            throw new StorageException(StorageException.NO_SECURE_MODULE, "no secure storage");
        }
        ISecurePreferences node = root.node(SECURE_NODE);
        if (token.isBlank()) {
            node.remove(TOKEN_KEY);
        } else {
            node.put(TOKEN_KEY, token.strip(), true);
        }
        root.flush();
    }

    /** Whether the kept token is stored encrypted (tests check it). */
    public static boolean tokenIsEncrypted() throws StorageException {
        ISecurePreferences root = root();
        return root != null && root.nodeExists(SECURE_NODE) && root.node(SECURE_NODE).isEncrypted(TOKEN_KEY);
    }

    private static IEclipsePreferences preferences() {
        return InstanceScope.INSTANCE.getNode(QUALIFIER);
    }
}
