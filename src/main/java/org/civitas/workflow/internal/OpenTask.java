package org.civitas.workflow.internal;

import java.time.Instant;
import org.civitas.workflow.ReviewTask;
import org.flowable.task.api.Task;

/** An open review task together with the review it belongs to. */
record OpenTask(Task task, ReviewRun run) {

    static OpenTask of(Task task) {
        return new OpenTask(task, ReviewRun.of(task.getProcessVariables()));
    }

    String id() {
        return task.getId();
    }

    String reviewId() {
        return task.getProcessInstanceId();
    }

    String assignee() {
        return task.getAssignee();
    }

    ReviewTask view() {
        return new ReviewTask(
                task.getId(),
                task.getProcessInstanceId(),
                run.subject(),
                run.chainCode(),
                run.chainName(),
                run.stepNumber(),
                run.stepCount(),
                run.stepName(run.stepNumber()),
                run.candidateGroup(run.stepNumber()),
                task.getAssignee(),
                task.getCreateTime() == null
                        ? null
                        : Instant.ofEpochMilli(task.getCreateTime().getTime()));
    }
}
