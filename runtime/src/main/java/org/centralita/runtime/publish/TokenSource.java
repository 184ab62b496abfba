package org.centralita.runtime.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/** Finds the admin token for `centralita publish`: the option, else the environment, else the token file. */
final class TokenSource {

    private final UnaryOperator<String> environment;

    TokenSource(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    static TokenSource fromEnvironment() {
        return new TokenSource(System::getenv);
    }

    /** The token to send, or null when none of the three places holds one. */
    String resolve(String option, Path tokenFile) {
        if (option != null && !option.isBlank()) {
            return option.strip();
        }
        String fromEnvironment = environment.apply(PublishCommand.TOKEN_ENV);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.strip();
        }
        try {
            if (tokenFile != null && Files.isReadable(tokenFile)) {
                String fromFile = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
                return fromFile.isEmpty() ? null : fromFile;
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }
}
