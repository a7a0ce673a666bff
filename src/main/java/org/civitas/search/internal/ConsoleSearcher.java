package org.civitas.search.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.civitas.identity.OrganisationScope;
import org.civitas.journal.EditionReaders;
import org.civitas.journal.EditionState;
import org.civitas.journal.trusted.EditionTexts;
import org.civitas.reporting.DeskReaders;
import org.civitas.reporting.SubmissionState;
import org.civitas.reporting.trusted.DeskTexts;
import org.civitas.search.SearchSettings;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.util.common.SearchException;
import org.springframework.stereotype.Component;

/**
 * Staff search across articles, submissions, adopted items and editions. Who may see what is part of
 * the query itself (the reporting and journal modules state their rules as data), so hit counts and
 * the per-kind facet count only what the user could open.
 */
@Component
public class ConsoleSearcher {

    private static final AggregationKey<Map<String, Long>> KINDS = AggregationKey.of("kinds");
    private static final Set<String> SENT = EnumSet.allOf(SubmissionState.class).stream()
            .filter(SubmissionState::sent)
            .map(Enum::name)
            .collect(Collectors.toSet());
    private static final Set<String> PUBLISHED_EDITIONS =
            Set.of(EditionState.RELEASED.name(), EditionState.ARCHIVED.name());

    /** One result: what it is, which record, and its highlighted title and snippet. */
    public record Hit(
            String kind,
            long sourceId,
            Long siteId,
            Instant date,
            List<Snippets.Segment> title,
            List<Snippets.Segment> snippet) {}

    /** @param kinds hits per kind, among what the user may see */
    public record Results(
            String text,
            long total,
            List<Hit> hits,
            Map<String, Long> kinds,
            int pages,
            boolean truncated,
            boolean failed) {}

    private final SearchEngine engine;
    private final SearchSettings settings;
    private final DeskTexts desk;
    private final EditionTexts editions;

    ConsoleSearcher(SearchEngine engine, SearchSettings settings, DeskTexts desk, EditionTexts editions) {
        this.engine = engine;
        this.settings = settings;
        this.desk = desk;
        this.editions = editions;
    }

    /** Searches as the current user; {@code kind} narrows to one kind (the facet still counts every kind). */
    public Results search(String raw, String kind, int page) {
        QueryText text = QueryText.of(raw, settings.maxQueryLength());
        if (text.empty()) {
            return new Results("", 0, List.of(), Map.of(), 0, text.truncated(), false);
        }
        DeskReaders deskReaders = desk.readers();
        EditionReaders editionReaders = editions.readers();
        int size = settings.pageSize();
        int p = Math.max(1, Math.min(page, 1000));
        try {
            SearchResult<List<?>> result = engine.read(session -> session.search(SearchDocument.class)
                    .select(f -> f.composite()
                            .from(
                                    f.field("kind", String.class),
                                    f.field("sourceId", Long.class),
                                    f.field("siteId", Long.class),
                                    f.field("date", Instant.class),
                                    f.field("title", String.class),
                                    f.field("body", String.class),
                                    f.highlight("title"),
                                    f.highlight("body"))
                            .asList())
                    .where(f -> where(f, text.text(), deskReaders, editionReaders, kind))
                    .aggregation(KINDS, f -> f.terms().field("kind", String.class))
                    .sort(f -> f.score().then().field("date").desc())
                    .highlighter(h -> Snippets.highlighter(h, 120))
                    .fetch((p - 1) * size, size));
            List<Hit> hits = new ArrayList<>();
            for (List<?> row : result.hits()) {
                hits.add(hit(row));
            }
            long total = result.total().hitCount();
            Map<String, Long> kinds = kind == null
                    ? result.aggregation(KINDS)
                    : engine.read(session -> session.search(SearchDocument.class)
                            .where(f -> where(f, text.text(), deskReaders, editionReaders, null))
                            .aggregation(KINDS, f -> f.terms().field("kind", String.class))
                            .fetch(0)
                            .aggregation(KINDS));
            return new Results(
                    text.text(),
                    total,
                    hits,
                    new TreeMap<>(kinds),
                    (int) Math.min(1000, (total + size - 1) / size),
                    text.truncated(),
                    false);
        } catch (SearchException | IllegalArgumentException e) {
            return new Results(text.text(), 0, List.of(), Map.of(), 0, text.truncated(), true);
        }
    }

    @SuppressWarnings("unchecked")
    private static Hit hit(List<?> row) {
        List<String> title = (List<String>) row.get(6);
        List<String> body = (List<String>) row.get(7);
        return new Hit(
                (String) row.get(0),
                (Long) row.get(1),
                (Long) row.get(2),
                (Instant) row.get(3),
                title.isEmpty() ? Snippets.plain((String) row.get(4), 200) : Snippets.parse(title.getFirst()),
                body.isEmpty() ? Snippets.plain((String) row.get(5), 120) : Snippets.parse(body.getFirst()));
    }

    private static PredicateFinalStep where(
            SearchPredicateFactory f, String text, DeskReaders desk, EditionReaders editions, String kind) {
        BooleanPredicateClausesStep<?, ?> root = f.bool();
        if (kind != null) {
            root.filter(f.match().field("kind").matching(kind));
        }
        root.must(f.simpleQueryString()
                .field("title")
                .boost(3f)
                .field("body")
                .field("files")
                .matching(text)
                .defaultOperator(BooleanOperator.AND)
                .flags(PublicSearcher.FLAGS));
        BooleanPredicateClausesStep<?, ?> visible = f.bool();
        visible.should(f.match().field("audience").matching(IndexDocumentBuilder.PUBLIC));
        if (!desk.labels().isEmpty()) {
            BooleanPredicateClausesStep<?, ?> deskRule = f.bool();
            deskRule.filter(f.match().field("audience").matching(IndexDocumentBuilder.DESK));
            deskRule.filter(f.terms().field("label").matchingAny(desk.labels()));
            BooleanPredicateClausesStep<?, ?> units = f.bool();
            units.should(in(f, desk.own()));
            units.should(f.bool()
                    .filter(in(f, desk.office()))
                    .filter(f.terms().field("state").matchingAny(SENT)));
            deskRule.filter(units);
            visible.should(deskRule);
        }
        if (!editions.labels().isEmpty()
                && (editions.compiler() || !editions.journalIds().isEmpty())) {
            BooleanPredicateClausesStep<?, ?> editionRule = f.bool();
            editionRule.filter(f.match().field("audience").matching(IndexDocumentBuilder.EDITION));
            editionRule.filter(f.terms().field("label").matchingAny(editions.labels()));
            if (!editions.compiler()) {
                editionRule.filter(f.terms().field("journalId").matchingAny(editions.journalIds()));
                editionRule.filter(f.terms().field("state").matchingAny(PUBLISHED_EDITIONS));
            }
            visible.should(editionRule);
        }
        root.filter(visible);
        return root;
    }

    private static PredicateFinalStep in(SearchPredicateFactory f, OrganisationScope scope) {
        if (scope.all()) {
            return f.matchAll();
        }
        if (scope.organisationIds().isEmpty()) {
            return f.not(f.matchAll());
        }
        return f.terms().field("organisationIds").matchingAny(scope.organisationIds());
    }
}
