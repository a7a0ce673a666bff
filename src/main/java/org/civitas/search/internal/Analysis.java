package org.civitas.search.internal;

import java.util.List;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/** The two analyzers the documents name, for either backend, built from the administrator's word lists. */
final class Analysis {

    private Analysis() {}

    /** Lucene: our own analyzer instances (segmentation and protected terms; synonyms on the query side). */
    static LuceneAnalysisConfigurer lucene(SearchTerms terms) {
        ChineseAnalyzer index = ChineseAnalyzer.forIndexing(terms);
        ChineseAnalyzer query = ChineseAnalyzer.forSearch(terms);
        return (LuceneAnalysisConfigurationContext context) -> {
            context.analyzer(SearchDocument.TEXT).instance(index);
            context.analyzer(SearchDocument.QUERY).instance(query);
        };
    }

    /**
     * Elasticsearch/OpenSearch: the server's analysis-smartcn plugin, with the synonyms as a
     * {@code synonym_graph} filter of the search analyzer (as on Lucene: alternatives in the query, not
     * extra tokens in the index). Protected terms need the plugin's dictionary there (see docs/search.md).
     */
    static ElasticsearchAnalysisConfigurer elasticsearch(SearchTerms terms) {
        List<String> rules = SearchTerms.lines(terms.synonyms()).stream().toList();
        return (ElasticsearchAnalysisConfigurationContext context) -> {
            context.analyzer(SearchDocument.TEXT)
                    .custom()
                    .tokenizer("smartcn_tokenizer")
                    .tokenFilters("porter_stem", "smartcn_stop");
            if (rules.isEmpty()) {
                context.analyzer(SearchDocument.QUERY)
                        .custom()
                        .tokenizer("smartcn_tokenizer")
                        .tokenFilters("porter_stem", "smartcn_stop");
            } else {
                context.tokenFilter("civitas_synonyms")
                        .type("synonym_graph")
                        .param("synonyms", rules.toArray(String[]::new))
                        .param("lenient", true);
                context.analyzer(SearchDocument.QUERY)
                        .custom()
                        .tokenizer("smartcn_tokenizer")
                        .tokenFilters("porter_stem", "smartcn_stop", "civitas_synonyms");
            }
        };
    }
}
