package org.civitas.search.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civitas.content.ArticleSummary;
import org.civitas.search.DriftReport;
import org.springframework.stereotype.Component;

/**
 * Compares the index with the database by document id, and for articles also by the time their public
 * content last changed: what is missing, what should no longer be there, and what is out of date.
 */
@Component
class DriftCheck {

    private static final int SHOWN = 100;

    private final SearchEngine engine;
    private final IndexDocumentBuilder documents;

    DriftCheck(SearchEngine engine, IndexDocumentBuilder documents) {
        this.engine = engine;
        this.documents = documents;
    }

    long expectedCount() {
        return documents.publishedArticles().size()
                + documents.submissionIds().size()
                + documents.adoptionIds().size()
                + documents.editionIds().size();
    }

    DriftReport check() {
        Map<String, Instant> expected = new HashMap<>();
        for (ArticleSummary a : documents.publishedArticles()) {
            expected.put(IndexDocumentBuilder.articleId(a.siteId(), a.id()), a.updatedAt());
        }
        documents.submissionIds().forEach(id -> expected.put(IndexDocumentBuilder.submissionId(id), null));
        documents.adoptionIds().forEach(id -> expected.put(IndexDocumentBuilder.adoptionId(id), null));
        documents.editionIds().forEach(id -> expected.put(IndexDocumentBuilder.editionId(id), null));
        Map<String, Instant> indexed = new HashMap<>();
        engine.read(session -> session.search(SearchDocument.class)
                        .select(f -> f.composite()
                                .from(f.id(String.class), f.field("changedAt", Instant.class))
                                .asList())
                        .where(f -> f.matchAll())
                        .fetchAllHits())
                .forEach(row -> indexed.put((String) row.get(0), (Instant) row.get(1)));
        List<String> missing = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        long missingCount = 0;
        long staleCount = 0;
        for (var e : expected.entrySet()) {
            if (!indexed.containsKey(e.getKey())) {
                missingCount++;
                add(missing, e.getKey());
            } else if (e.getValue() != null && !e.getValue().equals(indexed.get(e.getKey()))) {
                staleCount++;
                add(stale, e.getKey());
            }
        }
        Set<String> extraIds = new HashSet<>(indexed.keySet());
        extraIds.removeAll(expected.keySet());
        List<String> extra = extraIds.stream().sorted().limit(SHOWN).toList();
        missing.sort(null);
        stale.sort(null);
        return new DriftReport(
                expected.size(), indexed.size(), missingCount, extraIds.size(), staleCount, missing, extra, stale);
    }

    private static void add(List<String> list, String id) {
        if (list.size() < SHOWN) {
            list.add(id);
        }
    }
}
