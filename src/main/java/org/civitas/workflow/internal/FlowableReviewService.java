package org.civitas.workflow.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civitas.identity.AccessControl;
import org.civitas.identity.trusted.UserDirectory;
import org.civitas.platform.DomainException;
import org.civitas.platform.TextInput;
import org.civitas.workflow.ReviewAction;
import org.civitas.workflow.ReviewChainStep;
import org.civitas.workflow.ReviewCompleted;
import org.civitas.workflow.ReviewHistory;
import org.civitas.workflow.ReviewOutcome;
import org.civitas.workflow.ReviewReturned;
import org.civitas.workflow.ReviewService;
import org.civitas.workflow.ReviewStarted;
import org.civitas.workflow.ReviewStatus;
import org.civitas.workflow.ReviewStepApproved;
import org.civitas.workflow.ReviewStepScope;
import org.civitas.workflow.ReviewSubject;
import org.civitas.workflow.ReviewTask;
import org.civitas.workflow.ReviewTaskClaimed;
import org.civitas.workflow.ReviewTaskReleased;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.common.engine.api.FlowableTaskAlreadyClaimedException;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Runs reviews on the generic review process; see {@link ReviewService} for the rules. */
@Service
@Transactional
class FlowableReviewService implements ReviewService {

    static final int MAX_TEXT = 2000;

    private final Chains chains;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final TaskGuard guard;
    private final ReviewHistoryReader histories;
    private final AccessControl access;
    private final UserDirectory directory;
    private final ApplicationEventPublisher events;
    private final InboxCounter counter;

    FlowableReviewService(
            Chains chains,
            RuntimeService runtime,
            TaskService tasks,
            TaskGuard guard,
            ReviewHistoryReader histories,
            AccessControl access,
            UserDirectory directory,
            ApplicationEventPublisher events,
            InboxCounter counter) {
        this.chains = chains;
        this.runtime = runtime;
        this.tasks = tasks;
        this.guard = guard;
        this.histories = histories;
        this.access = access;
        this.directory = directory;
        this.events = events;
        this.counter = counter;
    }

    @Override
    public ReviewHistory start(String chainCode, ReviewSubject subject) {
        String me = me();
        if (subject == null) {
            // a subject that is there has been checked by its constructor
            throw new DomainException("workflow.subject.type.invalid");
        }
        var chain = (chainCode == null ? Optional.<Chain>empty() : chains.findByCode(chainCode))
                .orElseThrow(() -> new DomainException("workflow.chain.unknown", chainCode));
        List<ReviewChainStep> steps = chain.view().steps();
        if (subject.organisationId() == null
                && steps.stream().anyMatch(s -> s.scope() == ReviewStepScope.SUBJECT_ORGANISATION)) {
            throw new DomainException("workflow.subject.organisation.required", chain.code());
        }
        String key = ReviewRun.businessKey(subject.type(), subject.id());
        if (runtime.createProcessInstanceQuery()
                        .processDefinitionKey(ReviewRun.PROCESS_KEY)
                        .processInstanceBusinessKey(key)
                        .count()
                > 0) {
            throw new DomainException("workflow.review.running", subject.title());
        }
        List<String> groups = steps.stream()
                .map(s -> s.candidateGroup(subject.organisationId()))
                .toList();
        var instance = runtime.createProcessInstanceBuilder()
                .processDefinitionKey(ReviewRun.PROCESS_KEY)
                .businessKey(key)
                .variables(ReviewRun.start(
                        chain.code(),
                        chain.name(),
                        subject,
                        me,
                        steps.stream().map(ReviewChainStep::name).toList(),
                        groups))
                .start();
        if (steps.isEmpty()) {
            events.publishEvent(
                    new ReviewCompleted(instance.getId(), chain.code(), subject, ReviewOutcome.APPROVED, me, 0, null));
        } else {
            events.publishEvent(new ReviewStarted(
                    instance.getId(),
                    chain.code(),
                    subject,
                    me,
                    steps.size(),
                    steps.getFirst().name(),
                    groups.getFirst()));
        }
        return histories.review(instance.getId());
    }

    @Override
    @Transactional(readOnly = true)
    public Page<ReviewTask> inbox(Pageable pageable) {
        return inbox(null, pageable);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<ReviewTask> inbox(String subjectType, Pageable pageable) {
        String me = me();
        var query = tasks.createTaskQuery()
                .processDefinitionKey(ReviewRun.PROCESS_KEY)
                .taskCandidateOrAssigned(me);
        var groups = directory.workflowGroups(me);
        if (!groups.isEmpty()) {
            query.taskCandidateGroupIn(groups);
        }
        if (subjectType != null) {
            query.processVariableValueEquals(ReviewRun.subjectTypeVariable(), subjectType);
        }
        long total = query.count();
        var page = query
                .includeProcessVariables()
                .orderByTaskCreateTime()
                .desc()
                .listPage((int) pageable.getOffset(), pageable.getPageSize())
                .stream()
                .map(task -> OpenTask.of(task).view())
                .toList();
        return new PageImpl<>(page, pageable, total);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Long> inboxCounts() {
        String me = me();
        return counter.count(me, directory.workflowGroups(me));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ReviewTask> task(String taskId) {
        return guard.allowed(taskId, me()).map(OpenTask::view);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ReviewTask> openTask(String subjectType, String subjectId) {
        var user = access.currentUser();
        if (user.isEmpty() || subjectType == null || subjectId == null) {
            return Optional.empty();
        }
        String me = user.get().getUsername();
        return tasks
                .createTaskQuery()
                .processDefinitionKey(ReviewRun.PROCESS_KEY)
                .processInstanceBusinessKey(ReviewRun.businessKey(subjectType, subjectId))
                .active()
                .list()
                .stream()
                .map(task -> guard.allowed(task.getId(), me))
                .flatMap(Optional::stream)
                .map(OpenTask::view)
                .findFirst();
    }

    @Override
    public void claim(String taskId) {
        String me = me();
        var task = guard.require(taskId, me);
        if (me.equals(task.assignee())) {
            return; // already theirs: nothing to change
        }
        engine(() -> tasks.claim(taskId, me));
        var run = task.run();
        events.publishEvent(new ReviewTaskClaimed(
                task.reviewId(), taskId, run.subject(), run.stepNumber(), run.stepName(run.stepNumber()), me));
    }

    @Override
    public void release(String taskId) {
        String me = me();
        var task = guard.require(taskId, me);
        if (!me.equals(task.assignee())) {
            throw new DomainException("workflow.task.notClaimed");
        }
        engine(() -> tasks.unclaim(taskId));
        var run = task.run();
        events.publishEvent(new ReviewTaskReleased(
                task.reviewId(), taskId, run.subject(), run.stepNumber(), run.stepName(run.stepNumber()), me));
    }

    @Override
    public void approve(String taskId, String comment) {
        String me = me();
        String text = text(comment, "comment");
        var task = guard.require(taskId, me);
        var run = task.run();
        int step = run.stepNumber();
        if (run.lastStep()) {
            act(task, me, ReviewAction.APPROVED, text, run.finish(ReviewOutcome.APPROVED));
            events.publishEvent(completed(task, ReviewOutcome.APPROVED, me, text));
        } else {
            act(task, me, ReviewAction.APPROVED, text, run.moveTo(step + 1));
            events.publishEvent(new ReviewStepApproved(
                    task.reviewId(),
                    run.subject(),
                    step,
                    run.stepName(step),
                    me,
                    text,
                    step + 1,
                    run.stepName(step + 1)));
        }
    }

    @Override
    public void returnToPrevious(String taskId, String reason) {
        String me = me();
        String text = reason(reason);
        var task = guard.require(taskId, me);
        var run = task.run();
        int step = run.stepNumber();
        if (step == 1) {
            // there is no previous step: the item goes back to whoever submitted it
            returnToAuthor(task, me, text);
            return;
        }
        act(task, me, ReviewAction.RETURNED_TO_PREVIOUS, text, run.moveTo(step - 1));
        events.publishEvent(new ReviewReturned(
                task.reviewId(), run.subject(), step, run.stepName(step), step - 1, run.stepName(step - 1), me, text));
    }

    @Override
    public void returnToAuthor(String taskId, String reason) {
        String me = me();
        String text = reason(reason);
        returnToAuthor(guard.require(taskId, me), me, text);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReviewHistory> history(String subjectType, String subjectId) {
        if (subjectType == null || subjectId == null) {
            return List.of();
        }
        return histories.of(subjectType, subjectId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ReviewHistory> current(String subjectType, String subjectId) {
        return history(subjectType, subjectId).stream()
                .filter(review -> review.status() == ReviewStatus.IN_PROGRESS)
                .findFirst();
    }

    private void returnToAuthor(OpenTask task, String me, String reason) {
        act(task, me, ReviewAction.RETURNED_TO_AUTHOR, reason, task.run().finish(ReviewOutcome.RETURNED));
        events.publishEvent(completed(task, ReviewOutcome.RETURNED, me, reason));
    }

    /** Records what was done at the task's step, claiming it if need be, and completes it with {@code next}. */
    private void act(OpenTask task, String me, ReviewAction action, String text, Map<String, Object> next) {
        engine(() -> {
            if (task.assignee() == null) {
                tasks.claim(task.id(), me);
            }
            tasks.setVariablesLocal(task.id(), task.run().record(action.name(), me, text));
            tasks.complete(task.id(), next);
        });
    }

    private ReviewCompleted completed(OpenTask task, ReviewOutcome outcome, String actor, String text) {
        var run = task.run();
        return new ReviewCompleted(
                task.reviewId(), run.chainCode(), run.subject(), outcome, actor, run.stepNumber(), text);
    }

    /** Someone else acted on the same task between our reading and our writing: refuse rather than fail. */
    private static void engine(Runnable call) {
        try {
            call.run();
        } catch (FlowableOptimisticLockingException | FlowableTaskAlreadyClaimedException e) {
            throw new DomainException("workflow.task.conflict");
        } catch (FlowableObjectNotFoundException e) {
            throw new DomainException("workflow.task.unavailable");
        }
    }

    private String me() {
        return access.requireUser().getUsername();
    }

    /** A comment or reason: trimmed, {@code null} when blank, refused when too long. */
    private static String text(String value, String field) {
        return TextInput.optional(value, field, MAX_TEXT);
    }

    private static String reason(String value) {
        String reason = text(value, "reason");
        if (reason == null) {
            throw DomainException.onField("reason", "workflow.reason.required");
        }
        return reason;
    }
}
