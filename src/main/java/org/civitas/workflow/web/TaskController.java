package org.civitas.workflow.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.civitas.identity.AccessControl;
import org.civitas.platform.DomainException;
import org.civitas.platform.Forms;
import org.civitas.platform.PageLink;
import org.civitas.workflow.ReviewHistory;
import org.civitas.workflow.ReviewItems;
import org.civitas.workflow.ReviewService;
import org.civitas.workflow.ReviewTask;
import org.civitas.workflow.WorkflowPermissions;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reviewer's console: the inbox, one task with its item's history and the three decisions, and the
 * history of an item. The review service decides who may act; a refused decision re-renders the task
 * with what was typed.
 */
@Controller
@RequestMapping("/admin/tasks")
class TaskController {

    static final int PAGE_SIZE = 20;
    private static final String INBOX = "redirect:/admin/tasks";

    private final ReviewService reviews;
    private final AccessControl access;
    private final GroupLabeller groupLabels;
    private final ReviewNaming names;
    private final MessageSource messages;
    private final List<ReviewItems> items;

    TaskController(
            ReviewService reviews,
            AccessControl access,
            GroupLabeller groupLabels,
            ReviewNaming names,
            MessageSource messages,
            List<ReviewItems> items) {
        this.reviews = reviews;
        this.access = access;
        this.groupLabels = groupLabels;
        this.names = names;
        this.messages = messages;
        this.items = List.copyOf(items);
    }

    /**
     * One kind of item in the inbox filter: its subject type, the short key the address carries
     * ({@code article} for {@code content.article}), its name in words and how many tasks wait.
     */
    record KindCount(String type, String key, String label, long count) {

        static String keyOf(String type) {
            return type.substring(type.lastIndexOf('.') + 1);
        }
    }

    @GetMapping
    String inbox(
            @RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "0") int page,
            Model model,
            Locale locale) {
        // one grouped count for the whole filter, not one query per kind
        Map<String, Long> counts = reviews.inboxCounts();
        List<KindCount> kinds = new ArrayList<>();
        for (ReviewItems describer : items) {
            kinds.add(new KindCount(
                    describer.subjectType(),
                    KindCount.keyOf(describer.subjectType()),
                    messages.getMessage(describer.kindKey(), null, describer.kindKey(), locale),
                    counts.getOrDefault(describer.subjectType(), 0L)));
        }
        // an unknown kind (an old bookmark, a typo) shows every task rather than none
        KindCount chosenKind =
                kinds.stream().filter(k -> k.key().equals(kind)).findFirst().orElse(null);
        String chosen = chosenKind == null ? null : chosenKind.type();
        Page<ReviewTask> tasks = reviews.inbox(chosen, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("kinds", kinds);
        model.addAttribute("kind", chosenKind == null ? null : chosenKind.key());
        model.addAttribute(
                "allCount", counts.values().stream().mapToLong(Long::longValue).sum());
        model.addAttribute(
                "pageBase",
                PageLink.to("/admin/tasks")
                        .with("kind", chosenKind == null ? null : chosenKind.key())
                        .pageBase());
        model.addAttribute("tasks", tasks);
        model.addAttribute("username", access.requireUser().getUsername());
        model.addAttribute(
                "groupLabels",
                groupLabels.of(tasks.map(ReviewTask::candidateGroup).toList(), locale));
        return "admin/tasks/inbox";
    }

    @GetMapping("/{taskId}")
    String task(@PathVariable String taskId, Model model, RedirectAttributes redirect, Locale locale) {
        var task = reviews.task(taskId);
        if (task.isEmpty()) {
            redirect.addFlashAttribute("flashError", message("workflow.task.unavailable", locale));
            return INBOX;
        }
        return show(task.get(), model, locale);
    }

    @PostMapping("/{taskId}/claim")
    String claim(@PathVariable String taskId, RedirectAttributes redirect, Locale locale) {
        try {
            reviews.claim(taskId);
        } catch (DomainException e) {
            redirect.addFlashAttribute("flashError", message(e, locale));
            return INBOX;
        }
        redirect.addFlashAttribute("flash", "workflow.flash.claimed");
        return "redirect:/admin/tasks/" + taskId;
    }

    @PostMapping("/{taskId}/release")
    String release(@PathVariable String taskId, RedirectAttributes redirect, Locale locale) {
        try {
            reviews.release(taskId);
            redirect.addFlashAttribute("flash", "workflow.flash.released");
        } catch (DomainException e) {
            redirect.addFlashAttribute("flashError", message(e, locale));
        }
        return INBOX;
    }

    @PostMapping("/{taskId}/approve")
    String approve(
            @PathVariable String taskId,
            @ModelAttribute("approve") DecisionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        return decide(
                taskId,
                id -> reviews.approve(id, form.getComment()),
                "workflow.flash.approved",
                result,
                model,
                redirect,
                locale);
    }

    @PostMapping("/{taskId}/return-previous")
    String returnToPrevious(
            @PathVariable String taskId,
            @ModelAttribute("returnPrevious") DecisionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        return decide(
                taskId,
                id -> reviews.returnToPrevious(id, form.getReason()),
                "workflow.flash.returned",
                result,
                model,
                redirect,
                locale);
    }

    @PostMapping("/{taskId}/return-author")
    String returnToAuthor(
            @PathVariable String taskId,
            @ModelAttribute("returnAuthor") DecisionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        return decide(
                taskId,
                id -> reviews.returnToAuthor(id, form.getReason()),
                "workflow.flash.returned",
                result,
                model,
                redirect,
                locale);
    }

    /**
     * The review history of one item: for whoever may read review chains, and for those who took part
     * (its author, whoever started a review of it, whoever acted on a step).
     */
    @GetMapping("/history")
    String history(@RequestParam String type, @RequestParam String id, Model model, Locale locale) {
        var user = access.requireUser();
        List<ReviewHistory> histories = reviews.history(type, id);
        if (!user.has(WorkflowPermissions.CHAIN_READ) && !tookPart(user.getUsername(), histories)) {
            throw new AccessDeniedException("not a participant of this item's reviews");
        }
        model.addAttribute("histories", histories);
        model.addAttribute(
                "subjectTitle",
                histories.isEmpty() ? id : histories.getLast().subject().title());
        model.addAttribute("subjectKind", names.kind(type));
        model.addAttribute("itemLink", names.link(type, id));
        model.addAttribute("groupLabels", labels(histories, locale));
        return "admin/tasks/history";
    }

    private String decide(
            String taskId,
            Consumer<String> decision,
            String done,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            decision.accept(taskId);
        } catch (DomainException e) {
            var task = reviews.task(taskId);
            if (task.isEmpty()) {
                redirect.addFlashAttribute("flashError", message(e, locale));
                return INBOX;
            }
            Forms.reject(result, e);
            return show(task.get(), model, locale);
        }
        redirect.addFlashAttribute("flash", done);
        return INBOX;
    }

    private String show(ReviewTask task, Model model, Locale locale) {
        var histories = reviews.history(task.subject().type(), task.subject().id());
        model.addAttribute("task", task);
        model.addAttribute("username", access.requireUser().getUsername());
        // the item itself, as its module shows it to this reviewer (nothing when they may not read it)
        model.addAttribute("preview", names.preview(task).orElse(null));
        model.addAttribute("described", names.known(task.subject().type()));
        model.addAttribute(
                "itemLink", names.link(task.subject().type(), task.subject().id()));
        model.addAttribute("histories", histories);
        var groups = new ArrayList<>(labels(histories, locale).keySet());
        groups.add(task.candidateGroup());
        model.addAttribute("groupLabels", groupLabels.of(groups, locale));
        for (String form : List.of("approve", "returnPrevious", "returnAuthor")) {
            if (!model.containsAttribute(form)) {
                model.addAttribute(form, new DecisionForm());
            }
        }
        return "admin/tasks/task";
    }

    private Map<String, String> labels(List<ReviewHistory> histories, Locale locale) {
        return groupLabels.of(
                histories.stream()
                        .flatMap(h -> h.entries().stream())
                        .map(ReviewHistory.Entry::candidateGroup)
                        .toList(),
                locale);
    }

    private static boolean tookPart(String username, List<ReviewHistory> histories) {
        return histories.stream()
                .anyMatch(h -> username.equals(h.subject().author())
                        || username.equals(h.startedBy())
                        || h.entries().stream().anyMatch(e -> username.equals(e.actor())));
    }

    private String message(DomainException e, Locale locale) {
        return messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
