package org.civitas.storage;

import java.util.List;
import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;

/** The allow-list of upload types was changed. */
public record UploadTypesChanged(List<String> before, List<String> after) implements AuditableEvent {

    @Override
    public String action() {
        return "upload-types:change";
    }

    @Override
    public String objectType() {
        return "UploadTypes";
    }

    @Override
    public String objectId() {
        return null;
    }

    @Override
    public String summary() {
        List<String> added = after.stream().filter(e -> !before.contains(e)).toList();
        List<String> removed = before.stream().filter(e -> !after.contains(e)).toList();
        return AuditSummary.of(
                "UploadTypesChanged", String.join(" ", added), String.join(" ", removed), String.join(" ", after));
    }
}
