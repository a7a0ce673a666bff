package org.civitas.workflow.internal;

import java.util.Optional;
import java.util.Set;
import org.civitas.identity.trusted.UserDirectory;
import org.civitas.platform.DomainException;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.identitylink.api.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * Finds an open review task and decides whether a user may act on it: its assignee may; while it is
 * unclaimed, so may its candidates, the users whose workflow groups include one of its candidate groups.
 * The item's author may never act on it (maker-checker).
 */
@Component
class TaskGuard {

    private final TaskService tasks;
    private final UserDirectory directory;

    TaskGuard(TaskService tasks, UserDirectory directory) {
        this.tasks = tasks;
        this.directory = directory;
    }

    /** The task, if it is open and {@code username} may act on it; refuses with the reason otherwise. */
    OpenTask require(String taskId, String username) {
        var task = find(taskId).orElseThrow(() -> new DomainException("workflow.task.unavailable"));
        String author = task.run().subject().author();
        if (author != null && author.equalsIgnoreCase(username)) {
            // maker-checker: whoever submitted an item never reviews it, even when their role is a candidate
            throw new DomainException("workflow.task.ownItem");
        }
        if (username.equals(task.assignee())) {
            return task;
        }
        boolean candidate = isCandidate(taskId, username);
        if (!candidate) {
            throw new DomainException("workflow.task.notCandidate");
        }
        if (task.assignee() != null) {
            throw new DomainException("workflow.task.claimedByOther", nameOf(task.assignee()));
        }
        return task;
    }

    /** The task, if it is open and {@code username} may act on it. */
    Optional<OpenTask> allowed(String taskId, String username) {
        try {
            return Optional.of(require(taskId, username));
        } catch (DomainException refused) {
            return Optional.empty();
        }
    }

    private Optional<OpenTask> find(String taskId) {
        if (taskId == null || taskId.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(tasks.createTaskQuery()
                        .taskId(taskId)
                        .processDefinitionKey(ReviewRun.PROCESS_KEY)
                        .includeProcessVariables()
                        .singleResult())
                .map(OpenTask::of);
    }

    /** The name people know the assignee by, for the refusal a candidate reads. */
    private String nameOf(String username) {
        return directory
                .findByUsername(username)
                .map(UserDirectory.UserSummary::displayName)
                .filter(name -> !name.isBlank())
                .orElse(username);
    }

    private boolean isCandidate(String taskId, String username) {
        Set<String> groups = directory.workflowGroups(username);
        for (IdentityLink link : tasks.getIdentityLinksForTask(taskId)) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType())
                    && (username.equals(link.getUserId())
                            || (link.getGroupId() != null && groups.contains(link.getGroupId())))) {
                return true;
            }
        }
        return false;
    }
}
