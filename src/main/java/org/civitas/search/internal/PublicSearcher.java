package org.civitas.search.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.civitas.publishing.PublishingSettings;
import org.civitas.search.SearchSettings;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.util.common.SearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Searches published articles for the public pages: on one site or the whole cluster, never anything
 * but public documents of public sites. Odd input never fails: the text is bounded, query syntax is
 * the forgiving simple syntax, and a search that still cannot run answers "failed" instead of an error.
 */
@Component
public class PublicSearcher {

    private static final Logger log = LoggerFactory.getLogger(PublicSearcher.class);
    static final Set<SimpleQueryFlag> FLAGS = Set.of(
            SimpleQueryFlag.AND,
            SimpleQueryFlag.OR,
            SimpleQueryFlag.NOT,
            SimpleQueryFlag.PHRASE,
            SimpleQueryFlag.PRECEDENCE,
            SimpleQueryFlag.WHITESPACE);
    private static final int SNIPPET = 120;
    private static final int SUGGESTIONS = 5;

    /**
     * A search as asked.
     *
     * @param siteIds the sites to search (this site, or every public site or one chosen)
     * @param channelId only this channel, or null
     * @param kind {@code article} or {@code disclosure}, or null for both
     * @param byDate newest first instead of best match first
     * @param page 1-based
     */
    public record Query(
            String text,
            Set<Long> siteIds,
            Long channelId,
            String kind,
            LocalDate from,
            LocalDate to,
            boolean byDate,
            int page) {}

    /** One result: where it is and its highlighted title and snippet. */
    public record Hit(
            long siteId,
            long articleId,
            Long channelId,
            Instant date,
            List<Snippets.Segment> title,
            List<Snippets.Segment> snippet) {}

    /**
     * @param truncated the text was cut to the configured length
     * @param failed the search could not run (the page says so instead of showing an error)
     * @param suggestions words of the query that do find something on their own, most hits first
     */
    public record Results(
            String text,
            long total,
            List<Hit> hits,
            int pages,
            boolean truncated,
            boolean failed,
            List<String> suggestions) {

        public boolean asked() {
            return !text.isEmpty();
        }
    }

    private final SearchEngine engine;
    private final SearchSettings settings;
    private final ZoneId zone;
    private final ChineseAnalyzer words = ChineseAnalyzer.forSearch(SearchTerms.NONE);

    PublicSearcher(SearchEngine engine, SearchSettings settings, PublishingSettings publishing) {
        this.engine = engine;
        this.settings = settings;
        this.zone = publishing.zone();
    }

    public Results search(Query query) {
        QueryText text = QueryText.of(query.text(), settings.maxQueryLength());
        if (text.empty()) {
            return new Results("", 0, List.of(), 0, text.truncated(), false, List.of());
        }
        int size = settings.pageSize();
        int page = Math.max(1, Math.min(query.page(), 1000));
        try {
            SearchResult<List<?>> result = engine.read(session -> session.search(SearchDocument.class)
                    .select(f -> f.composite()
                            .from(
                                    f.field("siteId", Long.class),
                                    f.field("sourceId", Long.class),
                                    f.field("channelId", Long.class),
                                    f.field("date", Instant.class),
                                    f.field("title", String.class),
                                    f.field("body", String.class),
                                    f.highlight("title"),
                                    f.highlight("body"),
                                    f.highlight("files"))
                            .asList())
                    .where(f -> filters(f, query, text.text()))
                    .sort(f -> query.byDate()
                            ? f.field("date").desc().then().score()
                            : f.score().then().field("date").desc())
                    .highlighter(h -> Snippets.highlighter(h, SNIPPET))
                    .fetch((page - 1) * size, size));
            long total = result.total().hitCount();
            List<Hit> hits = new ArrayList<>();
            for (List<?> row : result.hits()) {
                hits.add(hit(row));
            }
            List<String> suggestions = total == 0 ? suggestions(query, text.text()) : List.of();
            int pages = (int) Math.min(1000, (total + size - 1) / size);
            return new Results(text.text(), total, hits, pages, text.truncated(), false, suggestions);
        } catch (SearchException | IllegalArgumentException e) {
            log.info("Public search for [{}] could not run: {}", text.text(), e.getMessage());
            return new Results(text.text(), 0, List.of(), 0, text.truncated(), true, List.of());
        }
    }

    /** How many results the query has with the same filters, for "search the whole cluster" links. */
    public long count(Query query) {
        QueryText text = QueryText.of(query.text(), settings.maxQueryLength());
        if (text.empty()) {
            return 0;
        }
        try {
            return engine.read(session -> session.search(SearchDocument.class)
                    .where(f -> filters(f, query, text.text()))
                    .fetchTotalHitCount());
        } catch (SearchException | IllegalArgumentException e) {
            return 0;
        }
    }

    @SuppressWarnings("unchecked")
    private static Hit hit(List<?> row) {
        List<String> title = (List<String>) row.get(6);
        List<String> body = (List<String>) row.get(7);
        List<String> files = (List<String>) row.get(8);
        List<Snippets.Segment> titleSegments =
                title.isEmpty() ? Snippets.plain((String) row.get(4), 200) : Snippets.parse(title.getFirst());
        List<Snippets.Segment> snippet = !body.isEmpty()
                ? Snippets.parse(body.getFirst())
                : !files.isEmpty() ? Snippets.parse(files.getFirst()) : Snippets.plain((String) row.get(5), SNIPPET);
        return new Hit(
                (Long) row.get(0), (Long) row.get(1), (Long) row.get(2), (Instant) row.get(3), titleSegments, snippet);
    }

    private PredicateFinalStep filters(SearchPredicateFactory f, Query q, String text) {
        BooleanPredicateClausesStep<?, ?> root = f.bool();
        root.must(f.match().field("audience").matching(IndexDocumentBuilder.PUBLIC));
        root.must(f.simpleQueryString()
                .field("title")
                .boost(3f)
                .field("body")
                .field("files")
                .matching(text)
                .defaultOperator(BooleanOperator.AND)
                .flags(FLAGS));
        root.filter(f.terms().field("siteId").matchingAny(q.siteIds().isEmpty() ? Set.of(-1L) : q.siteIds()));
        if (q.channelId() != null) {
            root.filter(f.match().field("channelId").matching(q.channelId()));
        }
        if (q.kind() != null) {
            root.filter(f.match().field("kind").matching(q.kind()));
        }
        if (q.from() != null || q.to() != null) {
            Instant from = q.from() == null ? null : q.from().atStartOfDay(zone).toInstant();
            Instant to = q.to() == null
                    ? null
                    : q.to().plusDays(1).atStartOfDay(zone).toInstant();
            root.filter(f.range().field("date").between(from, to));
        }
        return root;
    }

    /** Words of the query that find something on their own, when the whole query found nothing. */
    private List<String> suggestions(Query query, String text) {
        Set<String> tokens = new LinkedHashSet<>(words.tokens(text));
        if (tokens.size() < 2) {
            return List.of();
        }
        Map<String, Long> counts = new TreeMap<>();
        tokens.stream()
                .filter(t -> t.codePointCount(0, t.length()) >= 2)
                .limit(8)
                .forEach(token -> {
                    long n = count(new Query(
                            token,
                            query.siteIds(),
                            query.channelId(),
                            query.kind(),
                            query.from(),
                            query.to(),
                            false,
                            1));
                    if (n > 0) {
                        counts.put(token, n);
                    }
                });
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(SUGGESTIONS)
                .map(Map.Entry::getKey)
                .toList();
    }
}
