package org.civitas.search.internal;

import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The search module's rows in {@code search_setting}: word lists and the index generation in use. */
@Repository
class SettingsStore {

    static final String SYNONYMS = "synonyms";
    static final String PROTECTED = "protected";
    static final String GENERATION = "generation";

    private final JdbcClient jdbc;
    private final Clock clock;

    SettingsStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<String> get(String name) {
        return jdbc.sql("select setting_value from search_setting where name = ?")
                .param(name)
                .query(String.class)
                .optional();
    }

    void put(String name, String value, String by) {
        int updated = jdbc.sql(
                        "update search_setting set setting_value = ?, updated_at = ?, updated_by = ? where name = ?")
                .params(value, java.sql.Timestamp.from(clock.instant()), by, name)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into search_setting (name, setting_value, updated_at, updated_by) values (?, ?, ?, ?)")
                    .params(name, value, java.sql.Timestamp.from(clock.instant()), by)
                    .update();
        }
    }

    SearchTerms terms() {
        return SearchTerms.of(get(SYNONYMS).orElse(""), get(PROTECTED).orElse(""));
    }

    int generation() {
        return get(GENERATION).map(Integer::parseInt).orElse(1);
    }
}
