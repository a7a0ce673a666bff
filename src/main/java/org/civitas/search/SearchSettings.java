package org.civitas.search;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the search module ({@code civitas.search.*}).
 *
 * @param backend {@code lucene} (embedded, one node) or {@code elasticsearch} (also OpenSearch; several nodes)
 * @param directory where the Lucene indexes live; {@code null} means {@code ${civitas.data-dir}/search}
 * @param hosts Elasticsearch/OpenSearch {@code host:port} list
 * @param protocol {@code http} or {@code https}
 * @param username Elasticsearch/OpenSearch user, if it asks for one
 * @param password its password
 * @param maxQueryLength longer queries are cut to this many characters (and the page says so)
 * @param pageSize results per page
 * @param attachmentMaxBytes attachments larger than this are not read for their text
 * @param attachmentMaxChars at most this much text is kept from one attachment
 * @param reindexWhenEmpty rebuild the index in the background at start when it is empty but the database is not
 */
@ConfigurationProperties("civitas.search")
public record SearchSettings(
        @DefaultValue("lucene") String backend,
        Path directory,
        @DefaultValue("localhost:9200") List<String> hosts,
        @DefaultValue("http") String protocol,
        String username,
        String password,
        @DefaultValue("200") int maxQueryLength,
        @DefaultValue("10") int pageSize,
        @DefaultValue("52428800") long attachmentMaxBytes,
        @DefaultValue("200000") int attachmentMaxChars,
        @DefaultValue("true") boolean reindexWhenEmpty) {

    public boolean elasticsearch() {
        return "elasticsearch".equalsIgnoreCase(backend) || "opensearch".equalsIgnoreCase(backend);
    }
}
