package org.civitas.reporting.internal.adoption;

import java.util.List;
import org.civitas.identity.AccessControl;
import org.civitas.journal.Credit;
import org.civitas.journal.EditionItemDraft;
import org.civitas.journal.EditionQuery;
import org.civitas.journal.EditionService;
import org.civitas.journal.EditionState;
import org.civitas.journal.EditionSummary;
import org.civitas.journal.EditionView;
import org.civitas.journal.ItemUse;
import org.civitas.journal.JournalPermissions;
import org.civitas.platform.DomainException;
import org.civitas.reporting.AdoptionPlacement;
import org.civitas.reporting.AdoptionView;
import org.civitas.reporting.DeskService;
import org.civitas.reporting.ReportingPermissions;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JournalAdoptionPlacement implements AdoptionPlacement {

    private final DeskService desk;
    private final EditionService editions;
    private final AccessControl access;

    JournalAdoptionPlacement(DeskService desk, EditionService editions, AccessControl access) {
        this.desk = desk;
        this.editions = editions;
        this.access = access;
    }

    @Override
    @Transactional
    @PreAuthorize(
            "hasAuthority('" + ReportingPermissions.EDIT + "') and hasAuthority('" + JournalPermissions.COMPILE + "')")
    public EditionView.Item addToEdition(
            long adoptionId, long editionId, String section, ItemUse use, String title, String bodyHtml) {
        if (use == null) {
            throw DomainException.onField("use", "reporting.adoption.use.required");
        }
        AdoptionView a = desk.adoption(adoptionId);
        List<Credit> credits = a.credits().stream()
                .map(AdoptionView.Credit::organisationId)
                .distinct()
                .map(org -> new Credit(org, null))
                .toList();
        return editions.addItem(
                editionId,
                new EditionItemDraft(
                        section,
                        title == null || title.isBlank() ? a.title() : title,
                        bodyHtml == null || bodyHtml.isBlank() ? a.body() : bodyHtml,
                        credits,
                        SOURCE_TYPE,
                        String.valueOf(a.id()),
                        use,
                        // the edition refuses an item labelled above itself: its readers may not read it
                        a.label()));
    }

    @Override
    public List<EditionSummary> draftEditions() {
        boolean compiler =
                access.currentUser().map(u -> u.has(JournalPermissions.COMPILE)).orElse(false);
        if (!compiler) {
            return List.of();
        }
        return editions.list(new EditionQuery(null, EditionState.DRAFT, null), PageRequest.of(0, 50))
                .getContent();
    }
}
