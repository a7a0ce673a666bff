package org.civitas.exchange.backup;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/** The archive's JSON: one row per line, streams left open for the zip around them; the manifest by data binding. */
final class Json {

    static final JsonFactory FACTORY = JsonFactory.builder()
            .rootValueSeparator("\n")
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {}
}
