package org.civitas.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.civitas.content.ArticleDraft;
import org.civitas.content.ContentIntegrationTest;
import org.civitas.platform.HomeContributor.PendingWork;
import org.civitas.platform.HomeContributor.RecentItem;
import org.civitas.platform.HomeContributor.Shortcut;
import org.civitas.support.DatabaseTest;
import org.civitas.workflow.ReviewService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The web editor's and reviewer's part of the console home counts and lists only their own work, in their scope. */
@DatabaseTest
class ArticlesOnHomeIntegrationTest extends ContentIntegrationTest {

    @Autowired
    ArticlesOnHome home;

    @Autowired
    ReviewService reviews;

    @Test
    void anEditorSeesTheirDraftsWhatWasSentBackAndWhatTheyWorkedOn() {
        oneStepChain(WENCHUAN, "news-notices");
        people.signIn(wenchuanEditor);
        var kept = write(WENCHUAN, "news-headlines", ArticleDraft.of("留在草稿中的文章", "<p>草稿</p>"));
        var sent = write(WENCHUAN, "news-notices", ArticleDraft.of("送审后被退回的文章", "<p>送审</p>"));
        articles.submit(sent.id());

        people.signIn(reviewer);
        long inbox = reviews.inbox("content.article", PageRequest.of(0, 1)).getTotalElements();
        assertThat(count(home.pendingWork(), "content.home.toReview"))
                .isEqualTo(inbox)
                .isPositive();
        assertThat(home.shortcuts()).as("a reviewer writes nothing").isEmpty();
        String task = reviews.inbox("content.article", PageRequest.of(0, 100)).stream()
                .filter(t -> t.subject().id().equals(String.valueOf(sent.id())))
                .findFirst()
                .orElseThrow()
                .taskId();
        reviews.returnToAuthor(task, "请补充会议时间");

        people.signIn(wenchuanEditor);
        assertThat(count(home.pendingWork(), "content.home.drafts")).isEqualTo(2);
        assertThat(count(home.pendingWork(), "content.home.returned")).isEqualTo(1);
        assertThat(home.recentItems(8))
                .extracting(RecentItem::title, RecentItem::href, RecentItem::kindKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "送审后被退回的文章", "/admin/articles/" + sent.id(), "content.home.kind"),
                        org.assertj.core.groups.Tuple.tuple(
                                "留在草稿中的文章", "/admin/articles/" + kept.id(), "content.home.kind"));
        assertThat(home.shortcuts()).extracting(Shortcut::href).containsExactly("/admin/articles");
    }

    @Test
    void nobodySeesAnotherCountysArticlesOrWorkThatIsNotTheirs() {
        people.signIn(wenchuanEditor);
        write(WENCHUAN, "news-headlines", ArticleDraft.of("汶川县的草稿", "<p>x</p>"));

        people.signIn(jiuzhaigouEditor);
        assertThat(home.recentItems(8)).isEmpty();
        assertThat(count(home.pendingWork(), "content.home.drafts")).isZero();

        people.signIn("auditor");
        assertThat(home.pendingWork()).extracting(PendingWork::messageKey).doesNotContain("content.home.drafts");
        assertThat(home.recentItems(8)).isEmpty();
        assertThat(home.shortcuts()).isEmpty();
    }

    private static long count(List<PendingWork> work, String key) {
        return work.stream()
                .filter(w -> w.messageKey().equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + " in " + work))
                .count();
    }
}
