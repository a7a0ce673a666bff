package org.civitas.content.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.civitas.identity.AccessControl;
import org.civitas.identity.OrganisationScope;
import org.civitas.platform.HomeContributor;
import org.civitas.workflow.ReviewService;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The web editor's and the reviewer's part of the console home: articles waiting for their review, their
 * drafts and the ones sent back to them, the articles they changed last, and where to write a new one. Only
 * articles of organisations within their {@code content:write} scope are counted or listed.
 */
@Component
class ArticlesOnHome implements HomeContributor {

    private final Articles articles;
    private final ArticleAccess articleAccess;
    private final AccessControl access;
    private final ReviewService reviews;

    ArticlesOnHome(Articles articles, ArticleAccess articleAccess, AccessControl access, ReviewService reviews) {
        this.articles = articles;
        this.articleAccess = articleAccess;
        this.access = access;
        this.reviews = reviews;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PendingWork> pendingWork() {
        List<PendingWork> work = new ArrayList<>();
        // the inbox holds only tasks the user may act on: reviewers have no permission of their own to test
        long toReview = reviews.inbox(ArticleLifecycle.SUBJECT_TYPE, PageRequest.of(0, 1))
                .getTotalElements();
        if (toReview > 0) {
            work.add(new PendingWork("content.home.toReview", toReview, "/admin/tasks", "clipboard-check", 100));
        }
        OrganisationScope scope = articleAccess.scope();
        if (!scope.isEmpty()) {
            String me = access.requireUser().getUsername();
            work.add(new PendingWork(
                    "content.home.returned",
                    drafts(me, true, scope),
                    "/admin/articles?state=DRAFT&mine=true&returned=true",
                    "reply",
                    110));
            work.add(new PendingWork(
                    "content.home.drafts",
                    drafts(me, false, scope),
                    "/admin/articles?state=DRAFT&mine=true",
                    "file-earmark",
                    120));
        }
        return work;
    }

    private long drafts(String username, boolean returned, OrganisationScope scope) {
        Set<Long> ids = scope.organisationIds().isEmpty() ? Set.of(-1L) : scope.organisationIds();
        return articles.draftsOf(username, returned, scope.all(), ids);
    }

    @Override
    @Transactional(readOnly = true)
    public List<RecentItem> recentItems(int limit) {
        OrganisationScope scope = articleAccess.scope();
        if (scope.isEmpty()) {
            return List.of();
        }
        String me = access.requireUser().getUsername();
        return articles.lastTouchedBy(me, PageRequest.of(0, limit)).stream()
                .filter(a -> scope.contains(a.organisationId()))
                .map(a -> new RecentItem(
                        "content.home.kind",
                        a.title(),
                        "content.state." + a.state(),
                        "/admin/articles/" + a.id(),
                        a.updatedAt()))
                .toList();
    }

    @Override
    public List<Shortcut> shortcuts() {
        if (articleAccess.scope().isEmpty()) {
            return List.of();
        }
        return List.of(
                new Shortcut("content.home.write", "content.home.write.hint", "/admin/articles", "pencil-square", 100));
    }
}
