package org.civitas.exchange.dxl;

import java.util.Map;

/**
 * A note's identity and times as the export states them.
 *
 * @param times created, modified, revised, lastaccessed, addedtofile: each its lexical datetime (hundredths and
 *     zone offset as written)
 * @param dst per time whether the export marked it as daylight-saving time
 */
public record DxlNoteInfo(
        String noteId, String unid, String sequence, Map<String, String> times, Map<String, String> dst) {

    public String modified() {
        return times.get("modified");
    }

    public String created() {
        return times.get("created");
    }
}
