package org.civitas.journal.internal;

import java.util.Optional;
import org.civitas.journal.trusted.ReleasedEditions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads a released edition for the modules that credit its items, in the releasing transaction. */
@Component
@Transactional
class ReleasedEditionReader implements ReleasedEditions {

    private final Editions editions;
    private final Journals journals;

    ReleasedEditionReader(Editions editions, Journals journals) {
        this.editions = editions;
        this.journals = journals;
    }

    @Override
    public Optional<ReleasedEdition> find(long editionId) {
        return editions.findById(editionId)
                .flatMap(e -> journals.findById(e.journalId())
                        .map(j -> new ReleasedEdition(
                                e.view(
                                        j.name(),
                                        e.number() == null
                                                ? null
                                                : j.view().formatNumber(e.year(), e.number(), e.totalNumber())),
                                j.view().level())));
    }
}
