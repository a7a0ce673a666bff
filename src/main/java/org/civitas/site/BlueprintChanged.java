package org.civitas.site;

import java.util.ArrayList;
import java.util.List;
import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/**
 * A channel blueprint was created or changed: summarised in the reader's language by
 * {@code audit.summary.BlueprintChanged.<change>} with the values (labels for kinds and settings).
 */
@Audited(action = "blueprint:update", object = "Blueprint", id = "code")
public record BlueprintChanged(String code, Change change, List<Object> values) implements AuditableEvent {
    /** What was changed, and the values its summary shows after the blueprint code. */
    public enum Change {
        /** name, site kind (a label), the two settings (labels) */
        CREATED,
        /** the two settings (labels) */
        SETTINGS,
        /** entry code, entry name */
        ENTRY_ADDED,
        /** entry code, new name */
        ENTRY_RENAMED,
        /** entry code */
        ENTRY_REMOVED
    }

    public BlueprintChanged {
        values = values == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(values));
    }

    @Override
    public String summary() {
        List<Object> args = new ArrayList<>(values.size() + 1);
        args.add(code);
        args.addAll(values);
        return AuditSummary.of("BlueprintChanged." + change.name(), args.toArray());
    }
}
