package org.civitas.exchange.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** What an import did: counts, files stored, and every refused line with its reason. */
final class ImportReport {

    /** A refused line. */
    record Refusal(int line, String sourceKey, String reason) {}

    int created;
    int updated;
    int unchanged;
    int attachments;
    int pictures;
    long bytes;
    final List<Refusal> refusals = new ArrayList<>();

    int refused() {
        return refusals.size();
    }

    int lines() {
        return created + updated + unchanged + refused();
    }

    void refuse(int line, String sourceKey, String reason) {
        refusals.add(new Refusal(line, sourceKey, reason));
    }

    /** Success, partial success (some lines refused) or refusal (every line refused). */
    int exitCode() {
        if (refusals.isEmpty()) {
            return ExitCodes.OK;
        }
        return refusals.size() == lines() ? ExitCodes.REFUSED : ExitCodes.PARTIAL;
    }

    /** One line of JSON for scripts. */
    String json(double seconds) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("created", created);
        out.put("updated", updated);
        out.put("unchanged", unchanged);
        out.put("refused", refused());
        out.put("attachments", attachments);
        out.put("pictures", pictures);
        out.put("bytes", bytes);
        out.put("seconds", Math.round(seconds * 1000) / 1000.0);
        List<Map<String, Object>> refusedLines = new ArrayList<>();
        for (Refusal r : refusals) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("line", r.line());
            line.put("sourceKey", r.sourceKey());
            line.put("reason", r.reason());
            refusedLines.add(line);
        }
        out.put("refusals", refusedLines);
        return JsonMapper.builder().build().writeValueAsString(out);
    }
}
