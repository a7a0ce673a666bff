package org.civitas.content.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.UUID;
import org.civitas.content.ArticleDraft;
import org.civitas.content.ArticleService;
import org.civitas.content.ContentTestUsers;
import org.civitas.support.browser.Accessibility;
import org.civitas.support.browser.BrowserTesting;
import org.civitas.support.browser.Screenshots;
import org.civitas.workflow.ReviewChainDefinition;
import org.civitas.workflow.ReviewChainService;
import org.civitas.workflow.ReviewChainStep;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A reviewer approves a change to a published article in a real browser: the inbox names the kind of item, the
 * task shows the article as readers will see it and, word by word, what changes against the published version;
 * every page passes every axe-core rule, best practices included.
 */
@BrowserTesting
class ArticleReviewBrowserTest extends ContentBrowserSupport {

    @Autowired
    ReviewChainService chains;

    @Autowired
    ArticleService articles;

    @Test
    void aReviewerSeesTheChangeTheyApprove(Page page, Screenshots screenshots) {
        var people = people();
        String editor = people.create("wc.writer", ContentTestUsers.EDITOR_ROLE, "wenchuan");
        String reviewer = people.create("wc.reviewer", ContentTestUsers.REVIEWER_ROLE, "wenchuan");
        long site = site(WENCHUAN);
        long channel = channel(site, "news-headlines").id();

        // published first without review, then the channel gets a one-step chain and the editor changes it
        people.signIn("admin");
        channelReview.setChain(site, channel, null);
        people.signIn(editor);
        var article = articles.create(
                site, channel, ArticleDraft.of("汶川县召开防汛工作会议", "<p>会议部署了今年的防汛工作。</p><p>要求各乡镇落实责任，确保安全度汛。</p>"));
        articles.submit(article.id());
        String chain = "r" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        people.signIn("admin");
        chains.define(new ReviewChainDefinition(
                chain, "要闻审核", List.of(ReviewChainStep.anywhere("终审", ContentTestUsers.REVIEWER_ROLE))));
        channelReview.setChain(site, channel, chain);
        people.signIn(editor);
        var published = articles.get(article.id());
        articles.save(
                article.id(),
                ArticleDraft.of("汶川县召开2026年防汛工作会议", "<p>会议部署了今年的防汛抗旱工作。</p><p>要求各乡镇落实责任，确保安全度汛。</p><p>会后开展应急演练。</p>"),
                published.version());
        articles.submit(article.id());
        ContentTestUsers.signOut();

        signIn(page, reviewer);
        page.navigate("/admin/tasks");
        var row = page.locator("tr", new Page.LocatorOptions().setHasText("汶川县召开2026年防汛工作会议"));
        assertThat(row).containsText("文章");
        assertThat(row).not().containsText("content.article");
        Accessibility.assertNoViolations(page);
        screenshots.take("1-inbox");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("汶川县召开2026年防汛工作会议"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("送审文章")))
                .isVisible();
        assertThat(page.locator("main")).containsText("修改已发布的文章");
        assertThat(page.locator("ins", new Page.LocatorOptions().setHasText("抗旱")))
                .isVisible();
        assertThat(page.locator("ins", new Page.LocatorOptions().setHasText("会后开展应急演练。")))
                .isVisible();
        assertThat(page.locator(".review-item article")).containsText("要求各乡镇落实责任，确保安全度汛。");
        Accessibility.assertNoViolations(page);
        screenshots.take("2-task-with-diff");

        page.getByLabel("审核意见（可选）").fill("同意发布");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("通过").setExact(true))
                .click();
        assertThat(page.getByText("已审核通过。")).isVisible();
        Accessibility.assertNoViolations(page);
        screenshots.take("3-approved");
    }
}
