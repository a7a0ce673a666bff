package org.civitas.content.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.content.ArticleDraftBuilder.draft;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.civitas.content.ArticleState;
import org.civitas.content.ContentIntegrationTest;
import org.civitas.content.ContentTestUsers;
import org.civitas.identity.CivitasUser;
import org.civitas.support.DatabaseTest;
import org.civitas.workflow.ReviewService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The reviewer sees what they approve: the task page shows the article itself (body, attachment) and, for a
 * change to a published article, what changes against the public copy, even to a reviewer who is no editor of its
 * site; lists name the kind in words; nobody else sees the task or its files; the decision is no saved version.
 */
@DatabaseTest
class ArticleReviewTaskIntegrationTest extends ContentIntegrationTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    ReviewService reviews;

    MockMvc mvc;

    @BeforeEach
    void mvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        CivitasUser user = (CivitasUser) details.loadUserByUsername(username);
        return request.with(user(user)).locale(Locale.SIMPLIFIED_CHINESE);
    }

    private String page(String username, String path) throws Exception {
        return mvc.perform(as(username, get(path)).accept("text/html"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private long upload(String username, String filename) throws Exception {
        String answer = mvc.perform(as(username, post("/api/v1/blobs"))
                        .with(csrf().asHeader())
                        .contentType("text/plain")
                        .header("X-Filename", filename)
                        .content(("附件内容 " + System.nanoTime()).getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.<Number>read(answer, "$.id").longValue();
    }

    /**
     * A published article with {@code attachment} whose change, adding {@code added}, now waits for
     * {@code reviewer}; returns its id.
     */
    private long aPublishedArticleChangedAndSubmitted(long attachment, long added) {
        noChain(WENCHUAN, "news-headlines");
        people.signIn(wenchuanEditor);
        var draft = draft("汶川县召开防汛工作会议", "<p>会议部署了今年的防汛工作。</p><p>要求各乡镇落实责任。</p>")
                .attachments(List.of(attachment))
                .build();
        var article = write(WENCHUAN, "news-headlines", draft);
        articles.submit(article.id());
        ContentTestUsers.signOut();
        oneStepChain(WENCHUAN, "news-headlines");
        people.signIn(wenchuanEditor);
        var published = articles.get(article.id());
        assertThat(published.state()).isEqualTo(ArticleState.PUBLISHED);
        var changed = draft("汶川县召开2026年防汛工作会议", "<p>会议部署了今年的防汛抗旱工作。</p><p>要求各乡镇落实责任。</p><p>新增：开展应急演练。</p>")
                .attachments(List.of(attachment, added))
                .build();
        articles.save(article.id(), changed, published.version());
        articles.submit(article.id());
        ContentTestUsers.signOut();
        return article.id();
    }

    private String taskOf(long articleId) {
        people.signIn(reviewer);
        try {
            return reviews.openTask("content.article", String.valueOf(articleId))
                    .orElseThrow()
                    .taskId();
        } finally {
            ContentTestUsers.signOut();
        }
    }

    @Test
    void theReviewerSeesTheArticleAndWhatChangesAgainstThePublishedVersion() throws Exception {
        long attachment = upload(wenchuanEditor, "防汛预案.txt");
        long added = upload(wenchuanEditor, "演练方案.txt");
        long id = aPublishedArticleChangedAndSubmitted(attachment, added);
        String taskId = taskOf(id);

        String inbox = page(reviewer, "/admin/tasks");
        assertThat(inbox)
                .contains(">文章</td>", "汶川县召开2026年防汛工作会议", "/admin/tasks/" + taskId)
                .doesNotContain("content.article", "role:" + ContentTestUsers.REVIEWER_ROLE);

        String task = page(reviewer, "/admin/tasks/" + taskId);
        assertThat(task)
                .contains("送审文章", "修改已发布的文章", "与已发布版本相比的修改")
                // the change, word by word, marked so that it is not told by colour alone
                .contains("<ins>2026年</ins>", "<ins>抗旱</ins>", "<ins>新增：开展应急演练。</ins>")
                // the article as readers will see it, with its attachment
                .contains("<p>新增：开展应急演练。</p>", "防汛预案.txt", "演练方案.txt", "/api/v1/blobs/" + added)
                .doesNotContain("content.article", "role:" + ContentTestUsers.REVIEWER_ROLE)
                // the reviewer is no editor of the site: no link to the editor's page
                .doesNotContain("/admin/articles/" + id + "\"");
        // the reviewer reads the new attachment of what they approve, before it is public
        mvc.perform(as(reviewer, get("/api/v1/blobs/" + added))).andExpect(status().isOk());

        String history = page(wenchuanEditor, "/admin/tasks/history?type=content.article&id=" + id);
        assertThat(history).contains("文章", "等待 " + ContentTestUsers.REVIEWER_ROLE + " 办理");
    }

    @Test
    void theInboxFiltersByKindOfItemWithCountsAndKeepsTheChoiceInTheAddress() throws Exception {
        long id = aPublishedArticleChangedAndSubmitted(
                upload(wenchuanEditor, "筛选材料.txt"), upload(wenchuanEditor, "筛选议程.txt"));
        String taskId = taskOf(id);

        String all = page(reviewer, "/admin/tasks");
        assertThat(all)
                .contains("<fieldset", "<legend", "按事项类型筛选", "/admin/tasks/" + taskId)
                .containsPattern("<label[^>]*for=\"kind-all\"[^>]*>全部（[1-9][0-9]*）</label>")
                .containsPattern("<label[^>]*>文章（[1-9][0-9]*）</label>")
                .containsPattern("<label[^>]*>报送信息（[0-9]+）</label>");

        String articles = page(reviewer, "/admin/tasks?kind=article");
        assertThat(articles)
                .contains("/admin/tasks/" + taskId)
                .containsPattern("<input[^>]*value=\"article\"[^>]*checked");

        String editions = page(reviewer, "/admin/tasks?kind=edition");
        assertThat(editions)
                .doesNotContain("/admin/tasks/" + taskId)
                .containsPattern("<input[^>]*value=\"edition\"[^>]*checked");

        String english = mvc.perform(
                        as(reviewer, get("/admin/tasks").param("lang", "en")).accept("text/html"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("Kind of item").containsPattern(">All \\([1-9][0-9]*\\)</label>");
    }

    @Test
    void someoneWhoIsNoCandidateSeesNeitherTheTaskNorTheFilesOfTheArticle() throws Exception {
        long attachment = upload(wenchuanEditor, "内部材料.txt");
        long added = upload(wenchuanEditor, "新增材料.txt");
        long id = aPublishedArticleChangedAndSubmitted(attachment, added);
        String taskId = taskOf(id);
        String outsider = people.create("outsider", "TEST_NOBODY", "jiuzhaigou");

        mvc.perform(as(outsider, get("/admin/tasks/" + taskId)).accept("text/html"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/tasks"));
        assertThat(page(outsider, "/admin/tasks")).doesNotContain("汶川县召开2026年防汛工作会议");
        // the attachment the change adds is not public yet: only editors and the reviewer read it
        mvc.perform(as(outsider, get("/api/v1/blobs/" + added)))
                .andExpect(
                        result -> assertThat(result.getResponse().getStatus()).isIn(403, 404));
    }

    @Test
    void theReviewersDecisionIsNoSavedVersion() throws Exception {
        long id = aPublishedArticleChangedAndSubmitted(
                upload(wenchuanEditor, "会议材料.txt"), upload(wenchuanEditor, "会议议程.txt"));
        String taskId = taskOf(id);
        people.signIn(reviewer);
        reviews.approve(taskId, "同意发布");
        ContentTestUsers.signOut();

        String editor = page(wenchuanEditor, "/admin/articles/" + id);
        assertThat(editor).contains("第 2 版，" + wenchuanEditor + " 保存于").doesNotContain("第 2 版，" + reviewer + " 保存于");
    }
}
