package org.civitas.workflow.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.civitas.identity.trusted.UserDirectory;
import org.civitas.workflow.ReviewItemPreview;
import org.civitas.workflow.ReviewItems;
import org.civitas.workflow.ReviewTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What review pages say about people, steps and items, in words: a person's display name instead of
 * their account, a step's role and organisation by name instead of {@code role:CODE@org:ID}, the kind of
 * an item (文章, 报送信息, 刊物) instead of its subject type. Templates call it as {@code @reviewNames}, so
 * every page that includes the review history fragment (articles, editions, tasks) names people alike.
 */
@Component("reviewNames")
public class ReviewNames {

    private static final Logger log = LoggerFactory.getLogger(ReviewNames.class);
    private static final String NAMES = ReviewNames.class.getName() + ".names";

    private final UserDirectory users;
    private final GroupLabels groups;
    private final List<ReviewItems> items;
    private final MessageSource messages;

    ReviewNames(UserDirectory users, GroupLabels groups, List<ReviewItems> items, MessageSource messages) {
        this.users = users;
        this.groups = groups;
        this.items = List.copyOf(items);
        this.messages = messages;
    }

    /** The name people know a user by; the account name only when no such user exists (any more). */
    public String person(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        // a list names the same few people on many rows: one directory query per person and request, not per row
        return namesOfThisRequest()
                .computeIfAbsent(
                        username,
                        account -> users.findByUsername(account)
                                .map(UserDirectory.UserSummary::displayName)
                                .filter(name -> !name.isBlank())
                                .orElse(account));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> namesOfThisRequest() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return new HashMap<>();
        }
        var names = (Map<String, String>) request.getAttribute(NAMES, RequestAttributes.SCOPE_REQUEST);
        if (names == null) {
            names = new HashMap<>();
            request.setAttribute(NAMES, names, RequestAttributes.SCOPE_REQUEST);
        }
        return names;
    }

    /** Who may act on a step: "网站审核员（汶川县）" for {@code role:WEB_REVIEWER@org:16}. */
    public String group(String candidateGroup) {
        return candidateGroup == null ? "" : groups.label(candidateGroup, locale());
    }

    /** The kind of item in words, e.g. 文章 for {@code content.article}. */
    public String kind(String subjectType) {
        String key = describer(subjectType).map(ReviewItems::kindKey).orElse("workflow.kind.other");
        return messages.getMessage(key, null, key, locale());
    }

    /** The item's own console page, or {@code null} when the current user may not open it there. */
    public String link(String subjectType, String subjectId) {
        return describer(subjectType)
                .flatMap(d -> guarded(() -> d.link(subjectId), subjectType, subjectId))
                .orElse(null);
    }

    /** What the reviewer of the task sees of its item; empty when they may not read it. */
    Optional<ReviewItemPreview> preview(ReviewTask task) {
        return describer(task.subject().type())
                .flatMap(d -> guarded(
                        () -> d.preview(task),
                        task.subject().type(),
                        task.subject().id()));
    }

    /** Whether some module describes this kind of item (else the task page shows only what workflow knows). */
    boolean known(String subjectType) {
        return describer(subjectType).isPresent();
    }

    private Optional<ReviewItems> describer(String subjectType) {
        return items.stream().filter(i -> i.subjectType().equals(subjectType)).findFirst();
    }

    /**
     * Runs a module's answer; one that fails (an item deleted meanwhile, a refusal) shows as "nothing to
     * show" rather than breaking the reviewer's page.
     */
    private static <T> Optional<T> guarded(java.util.function.Supplier<Optional<T>> answer, String type, String id) {
        try {
            return answer.get();
        } catch (RuntimeException e) {
            log.debug("No review view of {} {}: {}", type, id, e.toString());
            return Optional.empty();
        }
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
