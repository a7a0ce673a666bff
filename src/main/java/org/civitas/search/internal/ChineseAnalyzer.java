package org.civitas.search.internal;

import java.io.IOException;
import java.io.StringReader;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * SmartChineseAnalyzer's chain (HMM word segmentation, Tibetan split into syllables ({@link ScriptTokenizer}), Porter stemming for Latin words, punctuation
 * removed) with protected terms kept whole and, for searching, the administrator's synonyms added to the
 * query as alternatives. Synonyms belong on the query side: the query parser turns a multi-word synonym
 * into alternative paths, while on the index side the synonym graph would have to be flattened for every
 * token of every document (profiled: synonym and flatten filters cost as much as the segmentation).
 */
final class ChineseAnalyzer extends Analyzer {

    private final Set<String> protectedTerms;
    private final SynonymMap synonyms;

    private ChineseAnalyzer(Set<String> protectedTerms, SynonymMap synonyms) {
        this.protectedTerms = Set.copyOf(protectedTerms);
        this.synonyms = synonyms;
    }

    /** The analyzer for indexing (and for re-reading stored text when highlighting): segmentation and protected terms. */
    static ChineseAnalyzer forIndexing(SearchTerms terms) {
        return new ChineseAnalyzer(terms.protectedTerms(), null);
    }

    /**
     * The analyzer for queries, with synonyms.
     *
     * @throws IllegalArgumentException naming the line when the synonyms cannot be parsed
     */
    static ChineseAnalyzer forSearch(SearchTerms terms) {
        if (terms.synonyms().isBlank()) {
            return forIndexing(terms);
        }
        try (ChineseAnalyzer plain = forIndexing(terms)) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, plain);
            parser.parse(new StringReader(terms.synonyms()));
            return new ChineseAnalyzer(terms.protectedTerms(), parser.build());
        } catch (ParseException | IOException | RuntimeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        // Tibetan syllables beside smartcn's Chinese words (阿坝州 publishes in both)
        Tokenizer tokenizer = new ScriptTokenizer();
        TokenStream stream = protectedTerms.isEmpty() ? tokenizer : new ProtectedTermsFilter(tokenizer, protectedTerms);
        stream = new PorterStemFilter(stream);
        stream = new StopFilter(stream, SmartChineseAnalyzer.getDefaultStopSet());
        if (synonyms != null) {
            // a graph: the query parser (Lucene's QueryBuilder) reads it as alternative paths
            stream = new SynonymGraphFilter(stream, synonyms, true);
        }
        return new TokenStreamComponents(tokenizer, stream);
    }

    /** The words {@code text} is split into, in order (for suggestions and tests). */
    List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return tokens;
    }
}
