package org.civitas.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.civitas.identity.DataScope;
import org.civitas.identity.OrganisationView;
import org.civitas.identity.SecurityLabels;
import org.civitas.identity.trusted.DemoAccounts;
import org.civitas.journal.EditionFilter;
import org.civitas.journal.EditionService;
import org.civitas.journal.EditionState;
import org.civitas.journal.ItemUse;
import org.civitas.journal.JournalPermissions;
import org.civitas.journal.JournalService;
import org.civitas.journal.JournalView;
import org.civitas.platform.DemoData;
import org.civitas.reporting.AdoptionEditions;
import org.civitas.reporting.FollowUpStatus;
import org.civitas.reporting.InstructionDraft;
import org.civitas.reporting.InstructionLevel;
import org.civitas.reporting.InstructionService;
import org.civitas.reporting.InstructionSubject;
import org.civitas.reporting.ReportingPermissions;
import org.civitas.workflow.ReviewService;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The demo desk's second half, after the journals exist: commissions, the editor {@code desk.editor} also
 * compiling journal editions, an edition of 信息专报 with adopted items (one merged) released so that units
 * score, an adopted item waiting in the draft edition, leaders' instructions on items and on the edition, and
 * the quota shortfalls of the last two months. Scores come out of the rule table the migration filled.
 */
@Component
class DeskDemoData implements DemoData {

    /** The office head the journal demo makes, who signs editions off. */
    private static final String OFFICE_HEAD = "desk.head";

    static final String LEADER = "leader";

    private final DemoAccounts accounts;
    private final DemoSession session;
    private final Adoptions adoptions;
    private final DemoCommissions commissions;
    private final AdoptionEditions adoptionEditions;
    private final InstructionService instructions;
    private final EditionService editions;
    private final JournalService journals;
    private final QuotaSettlement quotas;
    private final Clock clock;
    private final ReviewService reviews;
    private final SecurityLabels labels;

    DeskDemoData(
            DemoAccounts accounts,
            DemoSession session,
            Adoptions adoptions,
            DemoCommissions commissions,
            AdoptionEditions adoptionEditions,
            InstructionService instructions,
            EditionService editions,
            JournalService journals,
            QuotaSettlement quotas,
            Clock clock,
            ReviewService reviews,
            SecurityLabels labels) {
        this.labels = labels;
        this.reviews = reviews;
        this.accounts = accounts;
        this.session = session;
        this.adoptions = adoptions;
        this.commissions = commissions;
        this.adoptionEditions = adoptionEditions;
        this.instructions = instructions;
        this.editions = editions;
        this.journals = journals;
        this.quotas = quotas;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 550; // after the journals (500)
    }

    @Override
    public void create() {
        Optional<OrganisationView> info = find("aba-info");
        Optional<OrganisationView> wenchuan = find("wenchuan");
        if (info.isEmpty() || wenchuan.isEmpty() || !accounts.available()) {
            return;
        }
        accounts.grant(
                "desk.editor",
                "REPORTING_COMPILER",
                "信息科组刊 / compiles journal editions",
                Set.of(JournalPermissions.COMPILE, JournalPermissions.READ),
                DataScope.ALL,
                info.get().id());
        leader();
        commissions.create(wenchuan.get().id());
        // public items only: every reader of the journal may read them
        List<Adoption> adopted = adoptions.findAll().stream()
                .filter(a -> "PUBLIC".equals(a.label()) && !a.merged())
                .sorted(java.util.Comparator.comparing(Adoption::id))
                .toList();
        Optional<Adoption> mergedOne = adoptions.findAll().stream()
                .filter(a -> "PUBLIC".equals(a.label()) && a.merged())
                .findFirst();
        if (adopted.size() < 3 || mergedOne.isEmpty()) {
            return;
        }
        Adoption merged = mergedOne.get();
        runAs("desk.editor", () -> {
            items(adopted, merged);
            instructionsOnItems(adopted.get(0), merged);
            return null;
        });
        YearMonth now = YearMonth.now(clock);
        quotas.settle(now.minusMonths(1));
        quotas.settle(now.minusMonths(2));
    }

    /**
     * A released edition of 信息专报 with three adopted items (not of 每日信息, whose numbering the journal module's
     * own demo tells), and one more item waiting in the draft of 每日信息.
     */
    private void items(List<Adoption> adopted, Adoption merged) {
        Optional<JournalView> daily =
                journals.list().stream().filter(j -> j.code().equals("daily")).findFirst();
        Optional<JournalView> special =
                journals.list().stream().filter(j -> j.code().equals("special")).findFirst();
        if (daily.isEmpty() || special.isEmpty()) {
            return;
        }
        long edition =
                editions.create(special.get().id(), "PUBLIC", "本期编发各地采用信息。").id();
        add(adopted.get(0), edition, "县区动态", ItemUse.FULL_TEXT);
        add(adopted.get(1), edition, "县区动态", ItemUse.EXCERPT);
        add(merged, edition, "综合信息", ItemUse.FULL_TEXT);
        editions.submitForSignOff(edition);
        signOff(edition);
        editions.release(edition);
        instructions.record(new InstructionDraft(
                InstructionSubject.EDITION,
                edition,
                "州委主要领导",
                InstructionLevel.MUNICIPAL,
                "本期反映的情况很好，请各县（市）参照做好相关工作。",
                LocalDate.now(clock),
                null,
                null));
        editions.list(new EditionFilter(daily.get().id(), EditionState.DRAFT, null), PageRequest.of(0, 1)).stream()
                .findFirst()
                .ifPresent(draft -> add(adopted.get(2), draft.id(), "县区动态", ItemUse.EXCERPT));
    }

    /**
     * The leader {@code leader} (州政府分管领导): reads the released editions (领导参阅 too) and the adopted items, and
     * gives instructions (批示) on them.
     */
    private void leader() {
        Optional<OrganisationView> aba = find("aba");
        if (aba.isEmpty()) {
            return;
        }
        accounts.createUser(
                LEADER, "州政府分管领导", aba.get().id(), labels.all().getLast().code());
        accounts.grant(
                LEADER,
                "LEADER",
                "领导 / leader",
                Set.of(ReportingPermissions.INSTRUCT, JournalPermissions.READ),
                DataScope.ALL,
                aba.get().id());
    }

    @Override
    public List<Account> accounts() {
        return List.of(new Account(
                LEADER, "leader (州政府分管领导): read a released edition or adopted item and give an instruction (批示)"));
    }

    /** The journal demo's office head approves the edition's sign-off task (none when 送签 signed it off at once). */
    private void signOff(long edition) {
        if (!session.exists(OFFICE_HEAD)) {
            return;
        }
        runAs(OFFICE_HEAD, () -> {
            reviews.inbox("journal.edition", PageRequest.of(0, 100)).stream()
                    .filter(t -> t.subject().id().equals(String.valueOf(edition)))
                    .findFirst()
                    .ifPresent(t -> reviews.approve(t.taskId(), "同意印发。"));
            return null;
        });
    }

    private void add(Adoption a, long edition, String section, ItemUse use) {
        adoptionEditions.addToEdition(a.id(), edition, section, use, null, null);
    }

    private void instructionsOnItems(Adoption first, Adoption merged) {
        instructions.record(new InstructionDraft(
                InstructionSubject.ADOPTION,
                merged.id(),
                "省政府分管领导",
                InstructionLevel.PROVINCIAL,
                "请省应急厅会同阿坝州总结经验做法，抓好汛后恢复重建。",
                LocalDate.now(clock).minusDays(1),
                LocalDate.now(clock).plusDays(14),
                "阿坝州应急管理局"));
        var done = instructions.record(new InstructionDraft(
                InstructionSubject.ADOPTION,
                first.id(),
                "州政府分管领导",
                InstructionLevel.MUNICIPAL,
                "请州级相关部门抓好落实，及时报告进展。",
                LocalDate.now(clock).minusDays(20),
                LocalDate.now(clock).minusDays(5),
                "州政府办公室"));
        instructions.followUp(done.id(), FollowUpStatus.DONE, "已督促相关部门落实，进展情况已报州政府。", done.version());
    }

    private Optional<OrganisationView> find(String code) {
        return session.find(code);
    }

    private <T> T runAs(String username, Supplier<T> action) {
        return session.runAs(username, action);
    }
}
