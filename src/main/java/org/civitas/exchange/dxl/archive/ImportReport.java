package org.civitas.exchange.dxl.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What one run of an import did: documents per form and what became of them, items per type, files and bytes,
 * design notes and ACL entries (counted, not imported), names in Readers/Authors fields that match nobody, warnings.
 */
public final class ImportReport {

    /** A warning as a message key of the command line's texts and its arguments. */
    public record Warning(String key, List<Object> arguments) {}

    public int files;
    public int documents;
    public int created;
    public int updated;
    public int unchanged;
    public int attachments;
    public long attachmentBytes;
    public int pictures;
    public int aclEntries;
    public final Map<String, Integer> forms = new TreeMap<>();
    public final Map<String, Integer> itemTypes = new TreeMap<>();
    public final Map<String, Integer> designNotes = new TreeMap<>();
    public final Map<String, Integer> targets = new TreeMap<>();
    public final Map<String, Integer> matchedNames = new TreeMap<>();
    public final TreeSet<String> unmatchedNames = new TreeSet<>();
    public final List<Warning> warnings = new ArrayList<>();

    void count(Map<String, Integer> counts, String key) {
        counts.merge(key == null ? "" : key, 1, Integer::sum);
    }

    void warn(String key, Object... arguments) {
        warnings.add(new Warning(key, List.of(arguments)));
    }

    /** Whether something was not done as asked (see the warnings): the run is then a partial success. */
    public boolean partial() {
        return !warnings.isEmpty();
    }
}
