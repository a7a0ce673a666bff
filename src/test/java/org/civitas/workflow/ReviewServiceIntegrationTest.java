package org.civitas.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.UUID;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.DomainException;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@DatabaseTest
class ReviewServiceIntegrationTest extends WorkflowIntegrationTest {

    private static final String TWO_STEPS = "two-steps";
    private static final String BY_SUBJECT_ORG = "by-subject-org";
    private static final String NO_STEPS = "no-steps";

    @Autowired
    ReviewService reviews;

    @Autowired
    ReviewChainService chains;

    @BeforeEach
    void chains() {
        WorkflowTestUsers.signIn("admin", WorkflowPermissions.CHAIN_READ, WorkflowPermissions.CHAIN_WRITE);
        if (chains.find(TWO_STEPS).isEmpty()) {
            chains.define(new ReviewChainDefinition(
                    TWO_STEPS,
                    "Two steps",
                    List.of(
                            ReviewChainStep.anywhere("Editor check", "editor"),
                            ReviewChainStep.inOrganisation("Chief sign-off", "chief", WorkflowTestUsers.ORG))));
            chains.define(new ReviewChainDefinition(
                    BY_SUBJECT_ORG, "Own unit", List.of(ReviewChainStep.inSubjectOrganisation("Unit chief", "chief"))));
            chains.define(new ReviewChainDefinition(NO_STEPS, "No steps", List.of()));
        }
        events.clear();
    }

    @Test
    void walksTwoStepsWithAReturnToThePreviousStepAndFinishesApproved() {
        var subject = subject();
        signIn("author");
        var started = reviews.start(TWO_STEPS, subject);
        assertThat(started.status()).isEqualTo(ReviewStatus.IN_PROGRESS);
        assertThat(started.startedBy()).isEqualTo("author");

        signIn("outsider");
        assertThat(taskFor(subject)).isNull();
        signIn("chief");
        assertThat(taskFor(subject)).as("step 2 is not open yet").isNull();

        signIn("editor1");
        var step1 = taskFor(subject);
        assertThat(step1.stepNumber()).isEqualTo(1);
        assertThat(step1.stepCount()).isEqualTo(2);
        assertThat(step1.stepName()).isEqualTo("Editor check");
        assertThat(step1.candidateGroup()).isEqualTo("role:editor");
        assertThat(step1.subject()).isEqualTo(subject);
        reviews.claim(step1.taskId());
        signIn("editor2");
        assertThat(taskFor(subject)).as("claimed by editor1").isNull();
        signIn("editor1");
        reviews.approve(step1.taskId(), "  Looks fine  ");

        signIn("chief");
        var step2 = taskFor(subject);
        assertThat(step2.stepNumber()).isEqualTo(2);
        assertThat(step2.candidateGroup()).isEqualTo("role:chief@org:5");
        assertThat(step2.claimed()).isFalse();
        reviews.returnToPrevious(step2.taskId(), "Name the sources");

        signIn("editor2");
        var again = taskFor(subject);
        assertThat(again.stepNumber()).isEqualTo(1);
        assertThat(again.claimed()).as("open to every candidate again").isFalse();
        reviews.approve(again.taskId(), null);

        signIn("chief");
        reviews.approve(taskFor(subject).taskId(), "Publish");

        var history = reviews.history(subject.type(), subject.id());
        assertThat(history).hasSize(1);
        var review = history.getFirst();
        assertThat(review.status()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(review.endedAt()).isNotNull();
        assertThat(review.chainCode()).isEqualTo(TWO_STEPS);
        assertThat(review.entries())
                .extracting(
                        e -> e.stepNumber(), e -> e.action(), e -> e.actor(), e -> e.comment(), e -> e.candidateGroup())
                .containsExactly(
                        tuple(1, ReviewAction.APPROVED, "editor1", "Looks fine", "role:editor"),
                        tuple(2, ReviewAction.RETURNED_TO_PREVIOUS, "chief", "Name the sources", "role:chief@org:5"),
                        tuple(1, ReviewAction.APPROVED, "editor2", null, "role:editor"),
                        tuple(2, ReviewAction.APPROVED, "chief", "Publish", "role:chief@org:5"));
        assertThat(review.entries()).allSatisfy(e -> assertThat(e.at()).isNotNull());
        assertThat(reviews.current(subject.type(), subject.id())).isEmpty();

        assertThat(events.stream(AuditableEvent.class).map(Object::getClass).toList())
                .containsExactly(
                        ReviewStarted.class,
                        ReviewTaskClaimed.class,
                        ReviewStepApproved.class,
                        ReviewReturned.class,
                        ReviewStepApproved.class,
                        ReviewCompleted.class);
        var completed = events.stream(ReviewCompleted.class).findFirst().orElseThrow();
        assertThat(completed.outcome()).isEqualTo(ReviewOutcome.APPROVED);
        assertThat(completed.subject()).isEqualTo(subject);
        assertThat(completed.objectType()).isEqualTo(subject.auditObjectType());
        assertThat(completed.objectId()).isEqualTo(subject.id());
        assertThat(completed.actor()).isEqualTo("chief");
        var returned = events.stream(ReviewReturned.class).findFirst().orElseThrow();
        assertThat(returned.reason()).isEqualTo("Name the sources");
        assertThat(returned.toStepNumber()).isEqualTo(1);
    }

    @Test
    void returnToAuthorEndsTheReviewReturnedAndTheItemMayBeSubmittedAgain() {
        var subject = subject();
        signIn("author");
        reviews.start(TWO_STEPS, subject);
        signIn("editor1");
        reviews.returnToAuthor(taskFor(subject).taskId(), "Too long");

        var completed = events.stream(ReviewCompleted.class).findFirst().orElseThrow();
        assertThat(completed.outcome()).isEqualTo(ReviewOutcome.RETURNED);
        assertThat(completed.comment()).isEqualTo("Too long");
        assertThat(taskFor(subject)).isNull();

        signIn("author");
        reviews.start(TWO_STEPS, subject);
        var history = reviews.history(subject.type(), subject.id());
        assertThat(history)
                .extracting(ReviewHistory::status)
                .containsExactly(ReviewStatus.RETURNED, ReviewStatus.IN_PROGRESS);
        assertThat(history.getFirst().entries())
                .extracting(e -> e.action(), e -> e.actor(), e -> e.comment())
                .containsExactly(tuple(ReviewAction.RETURNED_TO_AUTHOR, "editor1", "Too long"));
        assertThat(history.get(1).entries())
                .extracting(e -> e.stepNumber(), e -> e.action(), e -> e.actor())
                .containsExactly(tuple(1, ReviewAction.PENDING, null));
        assertThat(reviews.current(subject.type(), subject.id()))
                .map(ReviewHistory::reviewId)
                .contains(history.get(1).reviewId());
    }

    @Test
    void returningToThePreviousStepFromTheFirstReturnsToTheAuthor() {
        var subject = subject();
        signIn("author");
        reviews.start(TWO_STEPS, subject);
        signIn("editor2");
        reviews.returnToPrevious(taskFor(subject).taskId(), "Wrong channel");

        var review = reviews.history(subject.type(), subject.id()).getFirst();
        assertThat(review.status()).isEqualTo(ReviewStatus.RETURNED);
        assertThat(review.entries())
                .extracting(ReviewHistory.Entry::action)
                .containsExactly(ReviewAction.RETURNED_TO_AUTHOR);
        assertThat(events.stream(AuditableEvent.class).map(Object::getClass).toList())
                .containsExactly(ReviewStarted.class, ReviewCompleted.class);
        assertThat(events.stream(ReviewCompleted.class)
                        .findFirst()
                        .orElseThrow()
                        .outcome())
                .isEqualTo(ReviewOutcome.RETURNED);
    }

    @Test
    void onlyCandidatesAndTheAssigneeMayActAndRefusalsChangeNothing() {
        var subject = subject();
        signIn("author");
        reviews.start(TWO_STEPS, subject);
        signIn("editor1");
        String step1 = taskFor(subject).taskId();
        events.clear();

        signIn("outsider");
        refused(() -> reviews.approve(step1, "ok"), "workflow.task.notCandidate");
        refused(() -> reviews.claim(step1), "workflow.task.notCandidate");
        refused(() -> reviews.returnToAuthor(step1, "no"), "workflow.task.notCandidate");
        assertThat(reviews.task(step1)).isEmpty();
        signIn("author");
        refused(() -> reviews.approve(step1, "my own"), "workflow.task.ownItem");

        signIn("editor1");
        reviews.claim(step1);
        events.clear();
        signIn("editor2");
        refused(() -> reviews.approve(step1, "mine"), "workflow.task.claimedByOther");
        refused(() -> reviews.release(step1), "workflow.task.claimedByOther");

        signIn("editor1");
        reviews.approve(step1, null);
        events.clear();
        signIn("chief6");
        assertThat(taskFor(subject)).as("chief of another organisation").isNull();

        signIn("chief");
        var task = taskFor(subject);
        signIn("chief6");
        refused(() -> reviews.approve(task.taskId(), null), "workflow.task.notCandidate");

        assertThat(events.stream(AuditableEvent.class)).isEmpty();
        signIn("chief");
        assertThat(reviews.task(task.taskId())).map(ReviewTask::claimed).contains(false);
        assertThat(reviews.current(subject.type(), subject.id())).isPresent();
    }

    @Test
    void claimAndReleaseHandTheTaskToOneCandidateAndBack() {
        var subject = subject();
        signIn("author");
        reviews.start(TWO_STEPS, subject);
        signIn("editor1");
        String taskId = taskFor(subject).taskId();
        reviews.claim(taskId);
        reviews.claim(taskId); // already theirs: no change, no event
        assertThat(reviews.task(taskId)).map(t -> t.claimedBy("editor1")).contains(true);
        reviews.release(taskId);
        refused(() -> reviews.release(taskId), "workflow.task.notClaimed");
        signIn("editor2");
        assertThat(taskFor(subject)).isNotNull();
        assertThat(events.stream(AuditableEvent.class).map(Object::getClass).toList())
                .containsExactly(ReviewStarted.class, ReviewTaskClaimed.class, ReviewTaskReleased.class);
    }

    @Test
    void aChainWithoutStepsApprovesAtOnce() {
        var subject = subject();
        signIn("author");
        var review = reviews.start(NO_STEPS, subject);

        assertThat(review.status()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(review.entries()).isEmpty();
        assertThat(reviews.current(subject.type(), subject.id())).isEmpty();
        assertThat(events.stream(AuditableEvent.class).toList())
                .singleElement()
                .isInstanceOfSatisfying(ReviewCompleted.class, c -> {
                    assertThat(c.outcome()).isEqualTo(ReviewOutcome.APPROVED);
                    assertThat(c.actor()).isEqualTo("author");
                    assertThat(c.stepNumber()).isZero();
                });
    }

    @Test
    void stepsScopedToTheSubjectsOrganisationGoToThatOrganisationsHolders() {
        signIn("author");
        var inOrg5 = subject();
        reviews.start(BY_SUBJECT_ORG, inOrg5);
        signIn("chief");
        assertThat(taskFor(inOrg5).candidateGroup()).isEqualTo("role:chief@org:5");
        signIn("chief6");
        assertThat(taskFor(inOrg5)).isNull();

        signIn("author");
        var noOrganisation = new ReviewSubject("test.item", UUID.randomUUID().toString(), "No unit", "author", null);
        refused(() -> reviews.start(BY_SUBJECT_ORG, noOrganisation), "workflow.subject.organisation.required");
    }

    @Test
    void badInputIsRefusedWithAReasonAndChangesNothing() {
        var subject = subject();
        signIn("author");
        refused(() -> reviews.start("nope", subject), "workflow.chain.unknown");
        refused(() -> reviews.start(null, subject), "workflow.chain.unknown");
        refused(() -> reviews.start(TWO_STEPS, null), "workflow.subject.type.invalid");
        refused(
                () -> reviews.start(TWO_STEPS, new ReviewSubject("Bad/Type", "1", "t", "author", 5L)),
                "workflow.subject.type.invalid");
        refused(
                () -> reviews.start(TWO_STEPS, new ReviewSubject("test.item", " ", "t", "author", 5L)),
                "workflow.subject.id.invalid");
        refused(
                () -> reviews.start(TWO_STEPS, new ReviewSubject("test.item", "1", "", "author", 5L)),
                "workflow.subject.title.invalid");
        refused(
                () -> reviews.start(TWO_STEPS, new ReviewSubject("test.item", "1", "t", null, 5L)),
                "workflow.subject.author.required");
        assertThat(reviews.history(subject.type(), subject.id())).isEmpty();

        reviews.start(TWO_STEPS, subject);
        refused(() -> reviews.start(TWO_STEPS, subject), "workflow.review.running");
        events.clear();

        signIn("editor1");
        String taskId = taskFor(subject).taskId();
        refused(() -> reviews.returnToAuthor(taskId, "   "), "workflow.reason.required");
        refused(() -> reviews.returnToPrevious(taskId, null), "workflow.reason.required");
        refused(() -> reviews.approve(taskId, "x".repeat(2001)), "form.tooLong");
        refused(() -> reviews.approve("no-such-task", null), "workflow.task.unavailable");
        refused(() -> reviews.claim(null), "workflow.task.unavailable");
        assertThat(reviews.task(taskId)).map(ReviewTask::claimed).contains(false);
        assertThat(events.stream(AuditableEvent.class)).isEmpty();

        reviews.approve(taskId, null);
        refused(() -> reviews.approve(taskId, null), "workflow.task.unavailable");
        assertThat(reviews.history(subject.type(), subject.id()).getFirst().entries())
                .extracting(ReviewHistory.Entry::action)
                .containsExactly(ReviewAction.APPROVED, ReviewAction.PENDING);
    }

    @Test
    void theInboxPagesAndFiltersBySubjectType() {
        signIn("author");
        var first = subject();
        var second = subject();
        var other = new ReviewSubject("other.kind", UUID.randomUUID().toString(), "Other", "author", 5L);
        reviews.start(TWO_STEPS, first);
        reviews.start(TWO_STEPS, second);
        reviews.start(TWO_STEPS, other);

        signIn("editor2");
        var page = reviews.inbox("other.kind", PageRequest.of(0, 10));
        assertThat(page.getContent()).extracting(t -> t.subject().id()).containsExactly(other.id());
        var all = reviews.inbox(PageRequest.of(0, 2));
        assertThat(all.getTotalElements()).isGreaterThanOrEqualTo(3);
        assertThat(all.getContent()).hasSize(2);

        // the filter's counts come from one grouped query: they agree with the filtered pages, also
        // for a task the user has claimed
        reviews.claim(page.getContent().getFirst().taskId());
        var counts = reviews.inboxCounts();
        assertThat(counts)
                .containsEntry(
                        "other.kind",
                        reviews.inbox("other.kind", PageRequest.of(0, 1)).getTotalElements());
        assertThat(counts)
                .containsEntry(
                        first.type(),
                        reviews.inbox(first.type(), PageRequest.of(0, 1)).getTotalElements());
        assertThat(counts.values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(reviews.inbox(PageRequest.of(0, 1)).getTotalElements());
    }

    @Test
    void anAuthorNeverReviewsTheirOwnItemEvenAsACandidate() {
        var own = new ReviewSubject(
                "test.item", UUID.randomUUID().toString(), "Own item", "editor1", WorkflowTestUsers.ORG);
        signIn("editor1");
        reviews.start(TWO_STEPS, own);
        signIn("editor2");
        String taskId = taskFor(own).taskId();
        signIn("editor1");
        assertThatThrownBy(() -> reviews.approve(taskId, "fine by me"))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("workflow.task.ownItem");
        assertThat(reviews.task(taskId)).isEmpty();
        signIn("editor2");
        reviews.approve(taskId, "checked by someone else");
        signIn("chief");
        assertThat(taskFor(own)).as("step 2 is open once someone else approved").isNotNull();
    }

    private static ReviewSubject subject() {
        return new ReviewSubject(
                "test.item", UUID.randomUUID().toString(), "An item to review", "author", WorkflowTestUsers.ORG);
    }

    private ReviewTask taskFor(ReviewSubject subject) {
        return reviews.inbox(subject.type(), PageRequest.of(0, 1000)).stream()
                .filter(t -> t.subject().id().equals(subject.id()))
                .findFirst()
                .orElse(null);
    }

    private static void signIn(String username) {
        WorkflowTestUsers.signIn(username);
    }

    private static void refused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }
}
