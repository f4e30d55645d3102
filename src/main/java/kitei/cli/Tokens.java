package kitei.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** A bearer token from a file (its first line) or the environment; never from the command line, where ps shows it. */
final class Tokens {

    private Tokens() {
    }

    /** The token in {@code file} if one is named, else {@code fromEnvironment}; null when neither gives one. */
    static String read(CommandLine command, String option, Path file, String fromEnvironment) {
        if (file == null) {
            return fromEnvironment == null || fromEnvironment.isBlank() ? null : fromEnvironment.strip();
        }
        try {
            String token = Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse("").strip();
            if (token.isEmpty()) {
                throw new ParameterException(command, option + " " + file + " holds no token");
            }
            return token;
        } catch (IOException unreadable) {
            throw new ParameterException(command, "cannot read " + option + " " + file + ": " + unreadable.getMessage());
        }
    }
}
