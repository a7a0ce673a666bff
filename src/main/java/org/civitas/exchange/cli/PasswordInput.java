package org.civitas.exchange.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Reads a password from the first line of standard input ({@code --password-stdin}), so that it
 * never appears in the process list or the shell history. Read before the application starts, so
 * that a missing password is a quick usage error.
 */
final class PasswordInput {

    private PasswordInput() {}

    static String read(Cli cli, CommandSpec spec) {
        String line;
        try {
            var reader = new BufferedReader(new InputStreamReader(cli.terminal().in(), charset()));
            line = reader.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (line == null || line.isBlank()) {
            throw new ParameterException(spec.commandLine(), cli.messages().text("password.stdin.empty"));
        }
        return line;
    }

    private static Charset charset() {
        // stdin.encoding exists from Java 25 on; before that the console uses the native encoding
        String name = System.getProperty("stdin.encoding", System.getProperty("native.encoding"));
        try {
            return name == null ? Charset.defaultCharset() : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return Charset.defaultCharset();
        }
    }
}
