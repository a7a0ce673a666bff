package org.civitas.exchange.cli;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.civitas.exchange.dxl.archive.DxlVerification;
import org.civitas.exchange.dxl.archive.ImportReport;
import tools.jackson.databind.json.JsonMapper;

/** The import report and the verification result for the operator, in their language, or as JSON for scripts. */
final class DxlReportText {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CliMessages messages;

    DxlReportText(CliMessages messages) {
        this.messages = messages;
    }

    String report(ImportReport report) {
        StringBuilder text = new StringBuilder();
        line(text, "import-dxl.done", report.documents, report.files, report.created, report.updated, report.unchanged);
        line(text, "import-dxl.forms", counts(report.forms));
        line(text, "import-dxl.items", counts(report.itemTypes));
        line(text, "import-dxl.files-stored", report.attachments, report.pictures, report.attachmentBytes);
        line(text, "import-dxl.targets", counts(report.targets));
        line(text, "import-dxl.design", counts(report.designNotes), report.aclEntries);
        if (!report.unmatchedNames.isEmpty()) {
            line(text, "import-dxl.unmatched", report.unmatchedNames.size(), String.join("; ", report.unmatchedNames));
        }
        for (ImportReport.Warning warning : report.warnings) {
            line(text, warning.key(), warning.arguments().toArray());
        }
        return text.toString().stripTrailing();
    }

    String verification(DxlVerification.Result result) {
        StringBuilder text = new StringBuilder();
        if (result.lossless()) {
            line(text, "verify-import.lossless", result.documents(), result.files());
        } else {
            line(text, "verify-import.differences", result.documents(), result.files(), result.differenceCount());
            for (ImportReport.Warning difference : result.differences()) {
                line(text, difference.key(), difference.arguments().toArray());
            }
        }
        return text.toString().stripTrailing();
    }

    static String json(Object report) {
        return JSON.writeValueAsString(report);
    }

    private void line(StringBuilder text, String key, Object... arguments) {
        text.append(messages.text(key, arguments)).append('\n');
    }

    private String counts(Map<String, Integer> counts) {
        if (counts.isEmpty()) {
            return "—";
        }
        List<String> parts = counts.entrySet().stream()
                .map(e -> (e.getKey().isEmpty() ? "(" + messages.text("import-dxl.none") + ")" : e.getKey()) + " "
                        + e.getValue())
                .collect(Collectors.toList());
        return String.join(", ", parts);
    }
}
