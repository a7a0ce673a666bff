package org.civitas.workflow.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.civitas.workflow.ReviewAction;
import org.civitas.workflow.ReviewHistory;
import org.civitas.workflow.ReviewStatus;
import org.flowable.engine.HistoryService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;

/**
 * Reads reviews back from Flowable's history: the process instance gives subject, chain and outcome
 * (its variables), each task one step, and the task-local variables what was done there.
 */
@Component
class ReviewHistoryReader {

    private final HistoryService history;

    ReviewHistoryReader(HistoryService history) {
        this.history = history;
    }

    /** Every review of the item, oldest first. */
    List<ReviewHistory> of(String subjectType, String subjectId) {
        return read(history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ReviewRun.PROCESS_KEY)
                .processInstanceBusinessKey(ReviewRun.businessKey(subjectType, subjectId))
                .includeProcessVariables()
                .list());
    }

    /** One review by id (the process instance id). */
    ReviewHistory review(String reviewId) {
        return read(history.createHistoricProcessInstanceQuery()
                        .processDefinitionKey(ReviewRun.PROCESS_KEY)
                        .processInstanceId(reviewId)
                        .includeProcessVariables()
                        .list())
                .getFirst();
    }

    private List<ReviewHistory> read(List<HistoricProcessInstance> instances) {
        if (instances.isEmpty()) {
            return List.of();
        }
        Map<String, List<HistoricTaskInstance>> tasksByReview = history
                .createHistoricTaskInstanceQuery()
                .processInstanceIdIn(
                        instances.stream().map(HistoricProcessInstance::getId).toList())
                .includeTaskLocalVariables()
                .list()
                .stream()
                .collect(Collectors.groupingBy(HistoricTaskInstance::getProcessInstanceId));
        return instances.stream()
                // one review of an item runs at a time, so an earlier start (or, in the same
                // millisecond, an end) means an earlier review
                .sorted(Comparator.comparing(HistoricProcessInstance::getStartTime)
                        .thenComparing(
                                HistoricProcessInstance::getEndTime, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(instance -> review(instance, tasksByReview.getOrDefault(instance.getId(), List.of())))
                .toList();
    }

    private static ReviewHistory review(HistoricProcessInstance instance, List<HistoricTaskInstance> tasks) {
        var run = ReviewRun.of(instance.getProcessVariables());
        ReviewStatus status =
                instance.getEndTime() == null ? ReviewStatus.IN_PROGRESS : ReviewStatus.valueOf(run.outcome());
        return new ReviewHistory(
                instance.getId(),
                run.chainCode(),
                run.chainName(),
                run.subject(),
                run.startedBy(),
                instant(instance.getStartTime()),
                status,
                instant(instance.getEndTime()),
                entries(tasks));
    }

    private static List<ReviewHistory.Entry> entries(List<HistoricTaskInstance> tasks) {
        List<ReviewHistory.Entry> done = new ArrayList<>();
        List<ReviewHistory.Entry> open = new ArrayList<>();
        tasks.stream()
                // the turn recorded when acting orders the steps taken; creation time the rest
                .sorted(Comparator.comparing((HistoricTaskInstance t) -> turn(t), Comparator.naturalOrder())
                        .thenComparing(HistoricTaskInstance::getCreateTime))
                .forEach(task -> (task.getEndTime() == null ? open : done).add(entry(task)));
        done.addAll(open);
        return done;
    }

    private static ReviewHistory.Entry entry(HistoricTaskInstance task) {
        Map<String, Object> local = task.getTaskLocalVariables();
        boolean pending = task.getEndTime() == null || local.get(ReviewRun.ACTION) == null;
        return new ReviewHistory.Entry(
                local.get(ReviewRun.STEP) instanceof Number n ? n.intValue() : 0,
                task.getName(),
                (String) local.get(ReviewRun.GROUP),
                pending ? ReviewAction.PENDING : ReviewAction.valueOf((String) local.get(ReviewRun.ACTION)),
                pending ? task.getAssignee() : (String) local.get(ReviewRun.ACTOR),
                pending ? instant(task.getCreateTime()) : instant(task.getEndTime()),
                pending ? null : (String) local.get(ReviewRun.COMMENT));
    }

    private static int turn(HistoricTaskInstance task) {
        return task.getTaskLocalVariables().get(ReviewRun.TURN) instanceof Number n ? n.intValue() : Integer.MAX_VALUE;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
