package org.civitas.search.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Puts one source's current state into the index: its document when it exists, nothing when it does not. */
@Component
class Indexer {

    /** A document to write, or (when {@code document} is null) an id to remove. */
    private record Change(String id, SearchDocument document) {}

    private final SearchEngine engine;
    private final Documents documents;

    Indexer(SearchEngine engine, Documents documents) {
        this.engine = engine;
        this.documents = documents;
    }

    void article(long articleId, Collection<Long> siteIds) {
        List<Change> changes = new ArrayList<>();
        for (long siteId : siteIds) {
            changes.add(change(Documents.articleId(siteId, articleId), documents.article(siteId, articleId)));
        }
        write(changes);
    }

    void submission(long id) {
        write(List.of(change(Documents.submissionId(id), documents.submission(id))));
    }

    void adoption(long id) {
        write(List.of(change(Documents.adoptionId(id), documents.adoption(id))));
    }

    void edition(long id) {
        write(List.of(change(Documents.editionId(id), documents.edition(id))));
    }

    private static Change change(String id, Optional<SearchDocument> document) {
        return new Change(id, document.orElse(null));
    }

    /** The documents are read once, then written to every open generation. */
    private void write(List<Change> changes) {
        engine.write(plan -> {
            for (Change c : changes) {
                if (c.document() != null) {
                    plan.addOrUpdate(c.document());
                } else {
                    plan.purge(SearchDocument.class, c.id(), null);
                }
            }
        });
    }
}
