package org.centralita.designer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.crypto.spec.PBEKeySpec;
import org.centralita.designer.runtime.RuntimeSettings;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.provider.IProviderHints;

/**
 * Studio's secure storage for the tests: a file under target/ (never the user's own storage),
 * its password given in advance and prompting off, so that no dialog asks for a master password.
 */
final class TestSecureStorage {

    private static ISecurePreferences storage;

    private TestSecureStorage() {
    }

    /** Opens the storage (once) and makes Studio keep its token there. */
    static synchronized Path use() {
        Path location = location();
        if (storage == null) {
            try {
                Files.createDirectories(location.getParent());
                storage = SecurePreferencesFactory.open(location.toUri().toURL(), Map.of(
                        IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("centralita studio tests".toCharArray()),
                        IProviderHints.PROMPT_USER, Boolean.FALSE));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (storage == null) {
                throw new IllegalStateException("no secure storage could be opened at " + location);
            }
        }
        RuntimeSettings.useStorage(storage);
        return location;
    }

    static Path location() {
        return Path.of(System.getProperty("centralita.secure-storage", "target/secure-storage/secure_storage")).toAbsolutePath();
    }

    /** Points Studio at {@code runtime} (URL and token) without the preference page. */
    static void pointAt(RuntimeProcess runtime) throws Exception {
        use();
        RuntimeSettings.setUrl(runtime.url());
        RuntimeSettings.setToken(runtime.token());
    }
}
