package org.civitas.audit;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The audit trail names object types in one scheme, the aggregate in UpperCamelCase ({@code Edition},
 * {@code Request}). Records written before that kept the older names they were hashed with: the chain
 * covers the object type, so they are never rewritten; readers see them under today's name instead.
 */
public final class AuditObjectTypes {

    /** Older stored name → today's name. */
    private static final Map<String, String> FORMER = Map.of(
            "journal.edition", "Edition",
            "content.article", "Article",
            "reporting.submission", "Submission",
            "reporting.adoption", "Adoption",
            "request", "Request",
            "method", "Method");

    private AuditObjectTypes() {}

    /** The name a reader sees for a stored object type. */
    public static String current(String stored) {
        return stored == null ? null : FORMER.getOrDefault(stored, stored);
    }

    /**
     * Every stored name a reader's object type stands for (today's name and the older ones); an older name
     * asked for (an old bookmark) stands for today's too.
     */
    public static List<String> stored(String asked) {
        String current = current(asked);
        return Stream.concat(
                        Stream.of(current),
                        FORMER.entrySet().stream()
                                .filter(e -> e.getValue().equals(current))
                                .map(Map.Entry::getKey))
                .sorted()
                .toList();
    }
}
