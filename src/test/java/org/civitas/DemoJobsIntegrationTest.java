package org.civitas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.civitas.content.ArticleDraft;
import org.civitas.content.ArticleService;
import org.civitas.content.ArticleState;
import org.civitas.content.ChannelReviewSettings;
import org.civitas.identity.CivitasUser;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.identity.trusted.UserDirectory;
import org.civitas.journal.EditionItemDraft;
import org.civitas.journal.EditionQuery;
import org.civitas.journal.EditionReturned;
import org.civitas.journal.EditionService;
import org.civitas.journal.EditionSignedOff;
import org.civitas.journal.EditionState;
import org.civitas.journal.JournalPermissions;
import org.civitas.journal.JournalService;
import org.civitas.platform.RunningAs;
import org.civitas.reporting.FollowUpStatus;
import org.civitas.reporting.InstructionDraft;
import org.civitas.reporting.InstructionLevel;
import org.civitas.reporting.InstructionRecorded;
import org.civitas.reporting.InstructionService;
import org.civitas.reporting.InstructionSubject;
import org.civitas.reporting.ReportingPermissions;
import org.civitas.site.ChannelView;
import org.civitas.site.SiteView;
import org.civitas.site.trusted.SiteDirectory;
import org.civitas.support.CivitasIntegrationTest;
import org.civitas.support.DatabaseTest;
import org.civitas.workflow.ReviewCompleted;
import org.civitas.workflow.ReviewService;
import org.civitas.workflow.ReviewTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every job can do its work on a new demo installation with its demo account (issue 11): each account holds the
 * roles of its job where that job is done, reaches its main page, and the journeys between jobs work without any
 * set-up: the web editor's article waits in the reviewer's task list and is public once approved; the office
 * editor's 送签 waits for the office head, who returns it with a reason or signs it off; the leader gives
 * instructions. Shares the reporting tests' context (same configuration), which leaves the demo's chains alone.
 */
@DatabaseTest
@CivitasIntegrationTest
@RecordApplicationEvents
class DemoJobsIntegrationTest {

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    UserDirectory users;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    MockMvc mvc;

    @Autowired
    SiteDirectory sites;

    @Autowired
    ChannelReviewSettings channelReview;

    @Autowired
    ArticleService articles;

    @Autowired
    ReviewService reviews;

    @Autowired
    JournalService journals;

    @Autowired
    EditionService editions;

    @Autowired
    InstructionService instructions;

    @Autowired
    ApplicationEvents events;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Each job: its account, the role it holds, where it holds it, and its main page. */
    record Job(String username, String role, String organisation, String page) {}

    static final List<Job> JOBS = List.of(
            new Job("portal.editor", "WEB_EDITOR", "aba", "/admin/articles"),
            new Job("portal.reviewer", "WEB_REVIEWER", "aba", "/admin/tasks"),
            new Job("wenchuan.editor", "WEB_EDITOR", "wenchuan", "/admin/articles"),
            new Job("wenchuan.reviewer", "WEB_REVIEWER", "wenchuan", "/admin/tasks"),
            new Job("desk.wenchuan", "REPORTING_WRITER", "wenchuan", "/admin/reporting/submissions"),
            new Job("desk.wenchuan.head", "REPORTING_HEAD", "wenchuan", "/admin/tasks"),
            new Job("desk.jiuzhaigou", "REPORTING_WRITER", "jiuzhaigou", "/admin/reporting/submissions"),
            new Job("desk.jiuzhaigou.head", "REPORTING_HEAD", "jiuzhaigou", "/admin/reporting/submissions?head"),
            new Job("desk.emergency", "REPORTING_WRITER", "aba-emergency", "/admin/reporting/submissions"),
            new Job("desk.emergency.head", "REPORTING_HEAD", "aba-emergency", "/admin/tasks"),
            new Job("desk.editor", "REPORTING_EDITOR", "aba-info", "/admin/reporting/inbox"),
            new Job("desk.head", "JOURNAL_SIGNER", "aba-office", "/admin/editions"),
            new Job("leader", "LEADER", "aba", "/admin/reporting/instructions"),
            new Job("wenchuan.admin", "UNIT_ADMIN", "wenchuan", "/admin/users"));

    @Test
    void everyJobHasItsAccountWithItsRoleWhereItWorksAndReachesItsMainPage() throws Exception {
        for (Job job : JOBS) {
            long org = org(job.organisation());
            assertThat(users.findByUsername(job.username()))
                    .as(job.username())
                    .hasValueSatisfying(u -> assertThat(u.organisationId()).isEqualTo(org));
            assertThat(users.workflowGroups(job.username()))
                    .as(job.username() + "'s roles")
                    .contains("role:" + job.role() + "@org:" + org);
            mvc.perform(get(job.page()).with(as(job.username()))).andExpect(status().isOk());
        }
        for (String administrator : List.of("admin", "secadmin", "auditor")) {
            assertThat(users.findByUsername(administrator)).as(administrator).isPresent();
        }
        // the web editors' reach is their own site: the portal editor writes for the portal only
        assertThat(runAs("portal.editor", () -> articles.writableSites()))
                .extracting(SiteView::siteCode)
                .containsExactly("5132000001");
        assertThat(runAs("wenchuan.editor", () -> articles.writableSites()))
                .extracting(SiteView::siteCode)
                .containsExactly("5132210001");
        CivitasUser leader = (CivitasUser) userDetails.loadUserByUsername("leader");
        assertThat(leader.permissions()).contains(ReportingPermissions.INSTRUCT, JournalPermissions.READ);
        assertThat(leader.permissions()).doesNotContain(ReportingPermissions.EDIT, JournalPermissions.COMPILE);
    }

    @Test
    void theWebEditorsArticleWaitsForTheirReviewerAndIsPublicOnceApproved() throws Exception {
        SiteView portal = sites.findByCode("5132000001").orElseThrow();
        ChannelView headlines = channel(portal, "news-headlines");
        assertThat(channelReview.chainOf(headlines.id())).hasValue("web-review");
        SiteView wenchuan = sites.findByCode("5132210001").orElseThrow();
        assertThat(channelReview.chainOf(channel(wenchuan, "news-headlines").id()))
                .hasValue("web-review");

        String title = "阿坝州召开全州冬春农田水利建设现场推进会";
        long id = runAs("portal.editor", () -> {
            var draft =
                    articles.create(portal.id(), headlines.id(), ArticleDraft.of(title, "<p>会议要求各县（市）抓住冬春有利时机。</p>"));
            return articles.submit(draft.id()).id();
        });
        assertThat(runAs("portal.editor", () -> articles.get(id)).state()).isEqualTo(ArticleState.IN_REVIEW);
        assertThat(tasksOf("wenchuan.reviewer", "content.article", id)).isEmpty();
        mvc.perform(get("/admin/tasks").with(as("portal.reviewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(title)));
        ReviewTask task = tasksOf("portal.reviewer", "content.article", id).getFirst();
        assertThat(task.stepName()).isEqualTo("审核发布");

        runAs("portal.reviewer", () -> {
            reviews.approve(task.taskId(), "同意发布。");
            return null;
        });
        assertThat(runAs("portal.editor", () -> articles.get(id)).state()).isEqualTo(ArticleState.PUBLISHED);
        mvc.perform(get("/a/" + id + ".html").header("Host", "www.abazhou.gov.cn"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(title)));
    }

    @Test
    void sendingAnEditionForSignOffWaitsForTheOfficeHeadWhoReturnsItWithAReasonOrSignsItOff() throws Exception {
        // the demo has one edition waiting for the office head already
        assertThat(tasksOf("desk.head", "journal.edition", null)).isNotEmpty();

        long journal = runAs(
                "desk.editor",
                () -> journals.list().stream()
                        .filter(j -> j.code().equals("daily"))
                        .findFirst()
                        .orElseThrow()
                        .id());
        long edition = runAs("desk.editor", () -> {
            long created = editions.create(journal, "PUBLIC", null).id();
            editions.addItem(created, new EditionItemDraft(null, "马尔康市推进城乡供水一体化", "<p>供水。</p>", null, null, null));
            return created;
        });
        events.clear();
        assertThat(runAs("desk.editor", () -> editions.submitForSignOff(edition))
                        .state())
                .as("送签 waits for the office head")
                .isEqualTo(EditionState.IN_REVIEW);
        assertThat(events.stream(EditionSignedOff.class)).isEmpty();
        mvc.perform(get("/admin/tasks").with(as("desk.head"))).andExpect(status().isOk());
        assertThat(tasksOf("desk.editor", "journal.edition", edition)).isEmpty();

        runAs("desk.head", () -> {
            reviews.returnToAuthor(
                    tasksOf("desk.head", "journal.edition", edition).getFirst().taskId(), "请补充供水覆盖人数。");
            return null;
        });
        var returned = runAs("desk.editor", () -> editions.get(edition));
        assertThat(returned.state()).isEqualTo(EditionState.DRAFT);
        assertThat(returned.returnReason()).isEqualTo("请补充供水覆盖人数。");
        assertThat(returned.number()).isNull();
        assertThat(events.stream(EditionReturned.class)).hasSize(1);

        runAs("desk.editor", () -> editions.submitForSignOff(edition));
        runAs("desk.head", () -> {
            reviews.approve(
                    tasksOf("desk.head", "journal.edition", edition).getFirst().taskId(), "同意印发。");
            return null;
        });
        var signed = runAs("desk.editor", () -> editions.get(edition));
        assertThat(signed.state()).isEqualTo(EditionState.SIGNED_OFF);
        assertThat(signed.signedOffBy()).isEqualTo("desk.head");
        assertThat(signed.number()).isNotNull();
        assertThat(events.stream(EditionSignedOff.class)).hasSize(1);
        // both decisions are in the trail, by the office head
        assertThat(events.stream(ReviewCompleted.class))
                .extracting(ReviewCompleted::actor)
                .containsExactly("desk.head", "desk.head");
        assertThat(runAs("desk.editor", () -> editions.signOffHistory(edition))).hasSize(2);
    }

    @Test
    void theLeaderGivesInstructionsOnAReleasedEditionAndAnAdoptedItemButLeavesTheFollowUpToTheOffice()
            throws Exception {
        long released = runAs(
                "leader",
                () -> editions.list(new EditionQuery(null, EditionState.RELEASED, null), PageRequest.of(0, 1))
                        .getContent()
                        .getFirst()
                        .id());
        long adoption = runAs("desk.editor", () -> instructions.register(null, null)).stream()
                .filter(i -> i.subject() == InstructionSubject.ADOPTION)
                .findFirst()
                .orElseThrow()
                .subjectId();
        mvc.perform(get("/admin/editions/" + released).with(as("leader"))).andExpect(status().isOk());
        mvc.perform(get("/admin/reporting/adoptions/" + adoption).with(as("leader")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/admin/reporting/instructions/new")));
        mvc.perform(get("/admin/reporting/instructions/new?subject=EDITION&subjectId=" + released)
                        .with(as("leader")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("州政府分管领导")));

        events.clear();
        var onEdition = runAs(
                "leader",
                () -> instructions.record(new InstructionDraft(
                        InstructionSubject.EDITION,
                        released,
                        "州政府分管领导",
                        InstructionLevel.MUNICIPAL,
                        "请各县（市）认真研究，抓好落实。",
                        LocalDate.now(),
                        LocalDate.now().plusDays(7),
                        "州政府办公室")));
        var onItem = runAs(
                "leader",
                () -> instructions.record(new InstructionDraft(
                        InstructionSubject.ADOPTION,
                        adoption,
                        "州政府分管领导",
                        InstructionLevel.MUNICIPAL,
                        "此事很重要，请持续关注。",
                        LocalDate.now(),
                        null,
                        null)));
        assertThat(onEdition.recordedBy()).isEqualTo("leader");
        assertThat(events.stream(InstructionRecorded.class)).hasSize(2);
        assertThat(runAs("leader", () -> instructions.register(null, null)))
                .extracting(i -> i.id())
                .contains(onEdition.id(), onItem.id());
        assertThatThrownBy(() -> runAs(
                        "leader",
                        () -> instructions.followUp(onEdition.id(), FollowUpStatus.DONE, "已落实。", onEdition.version())))
                .isInstanceOf(AccessDeniedException.class);
    }

    private List<ReviewTask> tasksOf(String username, String type, Long subjectId) {
        return runAs(
                username,
                () -> reviews.inbox(type, PageRequest.of(0, 200)).stream()
                        .filter(t -> subjectId == null || t.subject().id().equals(String.valueOf(subjectId)))
                        .toList());
    }

    private ChannelView channel(SiteView site, String code) {
        return flatten(sites.channels(site.id())).stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static List<ChannelView> flatten(List<ChannelView> tree) {
        var out = new java.util.ArrayList<ChannelView>();
        for (ChannelView c : tree) {
            out.add(c);
            out.addAll(flatten(c.children()));
        }
        return out;
    }

    private long org(String code) {
        return organisations.all().stream()
                .filter(o -> o.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    private <T> T runAs(String username, Supplier<T> action) {
        return RunningAs.account(userDetails.loadUserByUsername(username), action);
    }
}
