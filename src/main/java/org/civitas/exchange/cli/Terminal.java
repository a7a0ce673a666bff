package org.civitas.exchange.cli;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Where the command line reads and writes, and the environment variables it consults; replaceable in tests. */
record Terminal(PrintStream out, PrintStream err, InputStream in, Map<String, String> env) {

    /**
     * The process's streams; where the console encoding cannot show Chinese at all (a C/POSIX
     * locale gives US-ASCII), they write UTF-8 instead, which modern terminals display.
     */
    static Terminal system() {
        if (!US_ASCII.equals(charsetOf("stdout.encoding"))) {
            return new Terminal(System.out, System.err, System.in, System.getenv());
        }
        return new Terminal(
                new PrintStream(new FileOutputStream(FileDescriptor.out), true, UTF_8),
                new PrintStream(new FileOutputStream(FileDescriptor.err), true, UTF_8),
                System.in,
                System.getenv());
    }

    private static Charset charsetOf(String property) {
        try {
            return Charset.forName(
                    System.getProperty(property, Charset.defaultCharset().name()));
        } catch (IllegalArgumentException e) {
            return Charset.defaultCharset();
        }
    }

    /**
     * Chinese when the POSIX locale variables (LC_ALL, then LC_MESSAGES, then LANG) name it, or,
     * where none is set (Windows), when the JVM's default locale is Chinese; English otherwise.
     */
    Locale locale() {
        for (String name : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                return chinese(value) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
            }
        }
        return chinese(Locale.getDefault().getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    private static boolean chinese(String value) {
        return value.toLowerCase(Locale.ROOT).startsWith("zh");
    }
}
