package org.civitas.storage;

import java.util.List;
import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** The allow-list of upload types was changed. */
@Audited(action = "upload-types:change", object = "UploadTypes", id = "")
public record UploadTypesChanged(List<String> before, List<String> after) implements AuditableEvent {
    @Override
    public String summary() {
        List<String> added = after.stream().filter(e -> !before.contains(e)).toList();
        List<String> removed = before.stream().filter(e -> !after.contains(e)).toList();
        return AuditSummary.of(
                "UploadTypesChanged", String.join(" ", added), String.join(" ", removed), String.join(" ", after));
    }
}
