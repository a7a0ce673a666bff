package org.civitas.journal.internal;

import java.util.List;
import java.util.Optional;
import org.civitas.journal.EditionReaders;
import org.civitas.journal.EditionView;
import org.civitas.journal.trusted.EditionTexts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Editions for the search module; the reader rule is {@link EditionVisibility}'s. */
@Component
@Transactional(readOnly = true)
class EditionTextReader implements EditionTexts {

    private final Editions editions;
    private final Journals journals;
    private final EditionVisibility visibility;

    EditionTextReader(Editions editions, Journals journals, EditionVisibility visibility) {
        this.editions = editions;
        this.journals = journals;
        this.visibility = visibility;
    }

    @Override
    public Optional<EditionView> edition(long id) {
        return editions.findById(id)
                .flatMap(e -> journals.findById(e.journalId())
                        .map(j -> e.view(
                                j.name(),
                                e.number() == null
                                        ? null
                                        : j.view().formatNumber(e.year(), e.number(), e.totalNumber()))));
    }

    @Override
    public List<Long> editionIds() {
        return editions.allIds();
    }

    @Override
    public EditionReaders readers() {
        return visibility.readers();
    }
}
