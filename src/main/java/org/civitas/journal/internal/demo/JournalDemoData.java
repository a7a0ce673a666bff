package org.civitas.journal.internal.demo;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.civitas.identity.CivitasUser;
import org.civitas.identity.DataScope;
import org.civitas.identity.OrganisationView;
import org.civitas.identity.RoleDraft;
import org.civitas.identity.RoleService;
import org.civitas.identity.SecurityLabels;
import org.civitas.identity.trusted.DemoAccounts;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.journal.Credit;
import org.civitas.journal.EditionItemDraft;
import org.civitas.journal.EditionService;
import org.civitas.journal.JournalDefinition;
import org.civitas.journal.JournalLayout;
import org.civitas.journal.JournalLevel;
import org.civitas.journal.JournalPermissions;
import org.civitas.journal.JournalService;
import org.civitas.journal.JournalView;
import org.civitas.journal.internal.EditionSignOff;
import org.civitas.platform.DemoData;
import org.civitas.platform.RunningAs;
import org.civitas.workflow.ReviewChainDefinition;
import org.civitas.workflow.ReviewChainService;
import org.civitas.workflow.ReviewChainStep;
import org.civitas.workflow.ReviewService;
import org.civitas.workflow.WorkflowPermissions;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The demo information office: journals 每日信息, 信息专报 and 领导参阅, the office head {@code desk.head} who signs
 * editions off, the sign-off chain whose one step is theirs (so 送签 waits for their decision in their task list),
 * an information-office role given to {@code admin}, and a few editions of 阿坝州 government information (written
 * for the demo): two signed off by the office head and released, one waiting for their sign-off, one draft.
 * Everything goes through the module's services, as the office would.
 */
@Component
class JournalDemoData implements DemoData {

    static final String OFFICE_HEAD = "desk.head";
    static final String SIGNER_ROLE = "JOURNAL_SIGNER";

    private final JournalService journals;
    private final EditionService editions;
    private final ReviewChainService chains;
    private final RoleService roles;
    private final OrganisationDirectory organisations;
    private final UserDetailsService users;
    private final DemoAccounts accounts;
    private final ReviewService reviews;
    private final SecurityLabels labels;

    JournalDemoData(
            JournalService journals,
            EditionService editions,
            ReviewChainService chains,
            RoleService roles,
            OrganisationDirectory organisations,
            UserDetailsService users,
            DemoAccounts accounts,
            ReviewService reviews,
            SecurityLabels labels) {
        this.accounts = accounts;
        this.reviews = reviews;
        this.labels = labels;
        this.journals = journals;
        this.editions = editions;
        this.chains = chains;
        this.roles = roles;
        this.organisations = organisations;
        this.users = users;
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public void create() {
        Optional<OrganisationView> aba = organisation("aba");
        if (aba.isEmpty()) {
            return;
        }
        CivitasUser admin = (CivitasUser) users.loadUserByUsername("admin");
        CivitasUser secadmin = (CivitasUser) users.loadUserByUsername("secadmin");
        as(secadmin, () -> {
            var role = roles.create(new RoleDraft(
                    "INFO_OFFICE",
                    "信息科",
                    "编辑刊物、组稿、送签、印发和报送上级 / compiles, releases and forwards journal editions",
                    Set.of(JournalPermissions.MANAGE, JournalPermissions.COMPILE, JournalPermissions.READ)));
            return roles.grant(admin.id(), role.id(), DataScope.ALL, aba.get().id());
        });
        // the office head: the demo administrator's account with the permissions seeding needs
        CivitasUser head = new CivitasUser(
                admin.id(),
                admin.getUsername(),
                admin.displayName(),
                admin.organisationId(),
                "SENSITIVE",
                Set.of(
                        JournalPermissions.MANAGE,
                        JournalPermissions.COMPILE,
                        JournalPermissions.READ,
                        WorkflowPermissions.CHAIN_WRITE),
                true,
                false,
                false,
                null);
        List<ReviewChainStep> steps = officeHead()
                .map(office -> List.of(ReviewChainStep.inOrganisation("办公室签发", SIGNER_ROLE, office)))
                .orElse(List.of());
        as(head, () -> {
            chains.define(new ReviewChainDefinition(JournalDefinition.DEFAULT_REVIEW_CHAIN, "刊物签发", steps));
            seed(aba.get());
            return null;
        });
    }

    private void seed(OrganisationView aba) {
        JournalView daily =
                journal("daily", "每日信息", JournalLevel.MUNICIPAL, "PUBLIC", List.of(aba.id()), JournalLayout.BULLETIN);
        JournalView special = journal(
                "special", "信息专报", JournalLevel.MUNICIPAL, "INTERNAL", List.of(aba.id()), JournalLayout.RED_MASTHEAD);
        journal("leaders", "领导参阅", JournalLevel.MUNICIPAL, "SENSITIVE", List.of(), JournalLayout.RED_MASTHEAD);

        long first = edition(daily, "PUBLIC", "本期编发全州防汛减灾和春耕生产情况。", JournalDemoTexts.DAILY_ONE);
        editions.submitForSignOff(first);
        signOff(first);
        editions.release(first);
        editions.archive(first);
        long second = edition(daily, "PUBLIC", null, JournalDemoTexts.DAILY_TWO);
        editions.submitForSignOff(second);
        signOff(second);
        editions.release(second);
        long report = edition(special, "INTERNAL", "请各县（市）参照做好相关工作。", JournalDemoTexts.SPECIAL);
        editions.submitForSignOff(report);
        edition(daily, "PUBLIC", null, JournalDemoTexts.DRAFT);
    }

    /**
     * The office head {@code desk.head} of the prefecture government office, who signs editions off (and defines
     * journals); returns the office's id, where the sign-off step's candidates hold their role.
     */
    private Optional<Long> officeHead() {
        Optional<OrganisationView> office = organisation("aba-office");
        if (office.isEmpty() || !accounts.available()) {
            return Optional.empty();
        }
        long id = office.get().id();
        accounts.createUser(OFFICE_HEAD, "州政府办公室副主任", id, labels.all().getLast().code());
        accounts.grant(
                OFFICE_HEAD,
                SIGNER_ROLE,
                "刊物签发人 / signs journal editions off",
                Set.of(JournalPermissions.MANAGE, JournalPermissions.COMPILE, JournalPermissions.READ),
                DataScope.OWN,
                id);
        return Optional.of(id);
    }

    /** The office head approves the edition's sign-off task, as in their task list (待办). */
    private void signOff(long editionId) {
        if (!accounts.available()) {
            return;
        }
        accounts.runAs(OFFICE_HEAD, () -> {
            reviews.inbox(EditionSignOff.SUBJECT_TYPE, PageRequest.of(0, 100)).stream()
                    .filter(t -> t.subject().id().equals(String.valueOf(editionId)))
                    .findFirst()
                    .ifPresent(t -> reviews.approve(t.taskId(), "同意印发。"));
            return null;
        });
    }

    @Override
    public List<Account> accounts() {
        return List.of(new Account(
                OFFICE_HEAD, "office head (州政府办公室副主任): sign off or return the editions sent for sign-off, in 待办"));
    }

    private JournalView journal(
            String code, String name, JournalLevel level, String label, List<Long> audience, JournalLayout layout) {
        return journals.define(new JournalDefinition(
                code,
                name,
                level,
                JournalDefinition.DEFAULT_NUMBER_FORMAT,
                label,
                audience,
                List.of(),
                "PUBLIC",
                "阿坝州人民政府办公室",
                layout,
                JournalDefinition.DEFAULT_REVIEW_CHAIN));
    }

    private long edition(JournalView journal, String label, String note, List<JournalDemoTexts.Item> items) {
        long id = editions.create(journal.id(), label, note).id();
        List<EditionItemDraft> drafts = new java.util.ArrayList<>();
        for (JournalDemoTexts.Item item : items) {
            List<Credit> credits = item.units().stream()
                    .map(this::organisation)
                    .flatMap(Optional::stream)
                    .map(o -> new Credit(o.id(), null))
                    .toList();
            drafts.add(new EditionItemDraft(item.section(), item.title(), item.body(), credits, null, null));
        }
        if (!drafts.isEmpty()) {
            editions.addItems(id, drafts);
        }
        return id;
    }

    private Optional<OrganisationView> organisation(String code) {
        return organisations.all().stream().filter(o -> o.code().equals(code)).findFirst();
    }

    private static <T> T as(CivitasUser user, Supplier<T> action) {
        return RunningAs.account(user, action);
    }
}
