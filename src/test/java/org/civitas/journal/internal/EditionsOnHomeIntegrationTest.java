package org.civitas.journal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.civitas.journal.EditionQuery;
import org.civitas.journal.EditionService;
import org.civitas.journal.EditionState;
import org.civitas.journal.JournalService;
import org.civitas.platform.HomeContributor.PendingWork;
import org.civitas.platform.HomeContributor.RecentItem;
import org.civitas.platform.HomeContributor.Shortcut;
import org.civitas.support.CivitasIntegrationTest;
import org.civitas.support.DatabaseTest;
import org.civitas.support.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The journal's part of the console home: compilers see the editions being compiled; others see none. */
@DatabaseTest
@CivitasIntegrationTest
class EditionsOnHomeIntegrationTest {

    @Autowired
    EditionsOnHome home;

    @Autowired
    EditionService editions;

    @Autowired
    JournalService journals;

    @Autowired
    UserDetailsService users;

    @Test
    void theOfficeEditorSeesTheEditionsBeingCompiledAndWhereCompilingStarts() {
        new RunAs(users).as("desk.editor", () -> {
            var made = editions.create(journals.list().getFirst().id(), null, null);
            long drafts = editions.count(new EditionQuery(null, EditionState.DRAFT, null));
            assertThat(home.pendingWork())
                    .filteredOn(w -> w.messageKey().equals("journal.home.drafts"))
                    .singleElement()
                    .extracting(PendingWork::count)
                    .isEqualTo(drafts);
            assertThat(home.shortcuts()).extracting(Shortcut::href).containsExactly("/admin/editions");
            assertThat(home.recentItems(8))
                    .extracting(RecentItem::href, RecentItem::kindKey, RecentItem::stateKey)
                    .contains(org.assertj.core.groups.Tuple.tuple(
                            "/admin/editions/" + made.id(), "journal.home.kind", "journal.edition.state.DRAFT"));
            return null;
        });
    }

    @Test
    void someoneWhoCompilesNothingSeesNoEditions() {
        new RunAs(users).as("wenchuan.admin", () -> {
            assertThat(home.pendingWork()).isEmpty();
            assertThat(home.recentItems(8)).isEmpty();
            assertThat(home.shortcuts()).isEmpty();
            return null;
        });
    }
}
