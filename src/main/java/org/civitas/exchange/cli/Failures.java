package org.civitas.exchange.cli;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civitas.identity.AdminPasswordRefused;
import org.civitas.platform.DomainException;

/** Reads a failure's cause chain for the causes an operator can act on. */
final class Failures {

    /** H2's "Database may be already in use" (DATABASE_ALREADY_OPEN_1). */
    static final int H2_DATABASE_IN_USE = 90020;

    private Failures() {}

    /** Whether the embedded H2 database file is locked by another process (normally a running server). */
    static boolean databaseInUse(Throwable failure) {
        for (Throwable t : chain(failure)) {
            if (t instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_IN_USE) {
                return true;
            }
            if (t.getMessage() != null && t.getMessage().contains("Database may be already in use")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The business-rule refusal behind a failed start, if any, when the command line knows how to word it
     * (its key is in the command line's messages).
     */
    static Optional<DomainException> refusal(Throwable failure) {
        return chain(failure).stream()
                .filter(t -> t instanceof AdminPasswordRefused)
                .map(DomainException.class::cast)
                .findFirst();
    }

    /** The innermost cause's message (or its type when it has none): the most specific reason. */
    static String rootReason(Throwable failure) {
        Throwable root = chain(failure).getLast();
        String message = root.getMessage();
        return message == null || message.isBlank()
                ? root.getClass().getSimpleName()
                : message.lines().findFirst().orElse(message);
    }

    /** The failure and its causes, outermost first; safe against cause cycles. */
    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}
