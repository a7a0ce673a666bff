package org.civitas.search.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.civitas.search.SearchSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting with the Elasticsearch backend against a server that is not there fails with a message an operator can act on. */
class ElasticsearchBackendTest {

    @TempDir
    Path dir;

    @Test
    void aMissingServerStopsTheStartWithAClearMessage() {
        SearchSettings settings = new SearchSettings(
                "elasticsearch", null, List.of("127.0.0.1:1"), "http", null, null, 200, 10, 1, 1, false);
        SettingsStore store = new SettingsStore(null, Clock.systemUTC()) {
            @Override
            int generation() {
                return 1;
            }

            @Override
            SearchTerms terms() {
                return SearchTerms.of("阿坝州,阿坝藏族羌族自治州", "九寨沟县");
            }
        };
        SearchEngine engine = new SearchEngine(settings, dir, store);

        assertThatThrownBy(engine::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Elasticsearch/OpenSearch at http://127.0.0.1:1")
                .hasMessageContaining("civitas.search.hosts")
                .hasMessageContaining("civitas.search.backend=lucene");
    }
}
