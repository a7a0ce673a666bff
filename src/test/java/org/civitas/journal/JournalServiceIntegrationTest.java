package org.civitas.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.UnaryOperator;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.DomainException;
import org.civitas.support.CivitasIntegrationTest;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@DatabaseTest
@CivitasIntegrationTest
@RecordApplicationEvents
class JournalServiceIntegrationTest {

    @Autowired
    JournalService journals;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void signIn() {
        JournalTestUsers.signInOffice();
    }

    @AfterEach
    void signOut() {
        JournalTestUsers.signOut();
    }

    private long org(String code) {
        return organisations.all().stream()
                .filter(o -> o.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private JournalDefinition definition(String code, String name) {
        return new JournalDefinition(
                code,
                name,
                JournalLevel.MUNICIPAL,
                "{year}年第{number}期（总第{total}期）",
                "INTERNAL",
                List.of(org("aba")),
                List.of("LEADER"),
                "INTERNAL",
                "阿坝州人民政府办公室",
                JournalLayout.RED_MASTHEAD,
                null);
    }

    private long auditable() {
        return events.stream(AuditableEvent.class).count();
    }

    @Test
    void definesAJournalWithItsNumberingRuleAndAudience() {
        String code = JournalTestUsers.newCode("daily");
        JournalView journal = journals.define(definition(code, "每日信息" + code));

        assertThat(journal.code()).isEqualTo(code);
        assertThat(journal.audienceRoleCodes()).containsExactly("LEADER");
        assertThat(journal.reviewChainCode()).isEqualTo(JournalDefinition.DEFAULT_REVIEW_CHAIN);
        assertThat(journal.formatNumber(2026, 12, 345)).isEqualTo("2026年第12期（总第345期）");
        assertThat(events.stream(JournalDefined.class)).hasSize(1);
        assertThat(journals.list()).extracting(JournalView::code).contains(code);

        JournalView changed = journals.change(
                journal.id(),
                new JournalDefinition(
                        code,
                        "信息专报" + code,
                        JournalLevel.PROVINCIAL,
                        "第{number}期",
                        "SENSITIVE",
                        List.of(),
                        List.of(),
                        "PUBLIC",
                        "阿坝州人民政府办公室",
                        JournalLayout.BULLETIN,
                        "special-signoff"),
                journal.version());
        assertThat(changed.openAudience()).isTrue();
        assertThat(changed.formatNumber(2026, 3, 40)).isEqualTo("第3期");
        assertThat(events.stream(JournalChanged.class)).hasSize(1);
    }

    @Test
    void refusesBadDefinitionsWithTheirReasonAndWritesNothing() {
        int before = journals.list().size();
        long audited = auditable();
        String code = JournalTestUsers.newCode("bad");
        assertRefused(definition("Bad Code", "刊物"), "code", "journal.code.invalid");
        assertRefused(with(code, d -> copy(d, "", d.numberFormat(), d.defaultLabel())), "name", "form.required");
        assertRefused(
                with(code, d -> copy(d, d.name(), "第{期}", d.defaultLabel())),
                "numberFormat",
                "journal.numberFormat.placeholder");
        assertRefused(
                with(code, d -> copy(d, d.name(), "{year}年", d.defaultLabel())),
                "numberFormat",
                "journal.numberFormat.number");
        assertRefused(
                with(code, d -> copy(d, d.name(), d.numberFormat(), "TOP_SECRET")),
                "defaultLabel",
                "journal.label.unknown");
        JournalDefinition unknownOrg = definition(code, "刊物" + code);
        assertRefused(
                new JournalDefinition(
                        code,
                        unknownOrg.name(),
                        unknownOrg.level(),
                        unknownOrg.numberFormat(),
                        "INTERNAL",
                        List.of(987_654_321L),
                        List.of(),
                        "INTERNAL",
                        "办公室",
                        null,
                        null),
                "audienceOrganisationIds",
                "journal.audience.organisation.unknown");

        JournalView taken = journals.define(definition(code, "刊物" + code));
        assertRefused(definition(code, "另一刊物" + code), "code", "journal.code.taken");
        assertThatThrownBy(() -> journals.change(taken.id(), definition(code, "新名" + code), taken.version() + 1))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("journal.stale");

        assertThat(journals.list()).hasSize(before + 1);
        assertThat(auditable()).isEqualTo(audited + 1);
    }

    @Test
    void onlyJournalManagersDefineJournals() {
        JournalTestUsers.signIn(JournalTestUsers.user(910_001L, "editor", 1L, "SENSITIVE", JournalPermissions.COMPILE));
        String code = JournalTestUsers.newCode("denied");
        assertThatThrownBy(() -> journals.define(definition(code, "刊物" + code)))
                .isInstanceOf(AccessDeniedException.class);
        JournalTestUsers.signIn(JournalTestUsers.user(910_002L, "nobody", 1L, "SENSITIVE"));
        assertThatThrownBy(() -> journals.list()).isInstanceOf(AccessDeniedException.class);
    }

    private JournalDefinition with(String code, UnaryOperator<JournalDefinition> change) {
        return change.apply(definition(code, "刊物" + code));
    }

    private static JournalDefinition copy(JournalDefinition d, String name, String format, String label) {
        return new JournalDefinition(
                d.code(),
                name,
                d.level(),
                format,
                label,
                d.audienceOrganisationIds(),
                d.audienceRoleCodes(),
                d.minimumClearance(),
                d.issuingOffice(),
                d.layout(),
                d.reviewChainCode());
    }

    private void assertRefused(JournalDefinition definition, String field, String key) {
        assertThatThrownBy(() -> journals.define(definition)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }
}
