package org.civitas.content.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.civitas.content.ContentIntegrationTest;
import org.civitas.identity.CivitasUser;
import org.civitas.reporting.Category;
import org.civitas.reporting.SubmissionDraft;
import org.civitas.reporting.SubmissionService;
import org.civitas.reporting.Urgency;
import org.civitas.storage.BlobStore;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * An article is public content: it may carry its editor's own uploads and files of articles they may read, never
 * another person's upload nor a desk file, and the public site serves its files under random keys only.
 */
@DatabaseTest
class ArticleFilesIntegrationTest extends ContentIntegrationTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    BlobStore blobs;

    @Autowired
    SubmissionService submissions;

    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;

    @BeforeEach
    void mvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        CivitasUser user = (CivitasUser) details.loadUserByUsername(username);
        return request.with(user(user)).with(csrf().asHeader()).locale(Locale.SIMPLIFIED_CHINESE);
    }

    private long upload(String username, String filename) throws Exception {
        String answer = mvc.perform(as(username, post("/api/v1/blobs"))
                        .contentType("text/plain")
                        .header("X-Filename", filename)
                        .content((filename + System.nanoTime()).getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.<Number>read(answer, "$.id").longValue();
    }

    private MockHttpServletRequestBuilder article(String username, String attachments, String body) {
        return as(username, post("/api/v1/articles"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"siteCode":"%s","channelCode":"news-notices","submit":true,
                         "article":{"title":"附件测试","bodyHtml":"%s","attachmentBlobIds":[%s]}}
                        """.formatted(WENCHUAN, body, attachments));
    }

    private String key(long blob) {
        return jdbc.queryForObject("select public_key from blob where id = ?", String.class, blob);
    }

    private long refusals(String actor) {
        return jdbc.queryForObject(
                "select count(*) from audit_record where actor = ? and action = 'blob:attach' and outcome = 'DENIED'",
                Long.class,
                actor);
    }

    @Test
    void anArticleCarriesItsEditorsOwnUploadsAndThePublicSiteServesThemByKeyOnly() throws Exception {
        noChain(WENCHUAN, "news-notices");
        long own = upload(wenchuanEditor, "own.txt");

        mvc.perform(article(wenchuanEditor, Long.toString(own), "<p>见附件。</p>"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("PUBLISHED"));

        mvc.perform(get("/s/" + WENCHUAN + "/files/" + key(own) + "/own.txt"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.startsWith("own.txt")));
        // the countable id no longer names a public file
        mvc.perform(get("/s/" + WENCHUAN + "/files/" + own + "/own.txt")).andExpect(status().isNotFound());
        // attached, the file is read through its article: its editor still, another site's editor as a public file
        mvc.perform(as(wenchuanEditor, get("/api/v1/blobs/" + own))).andExpect(status().isOk());
        // the preview of a site (for one not launched yet) is for its administrators: not the public, not an editor
        String preview = "/admin/sites/" + site(WENCHUAN).id() + "/preview/files/" + key(own) + "/own.txt";
        mvc.perform(get(preview))
                .andExpect(result -> org.assertj.core.api.Assertions.assertThat(
                                result.getResponse().getStatus())
                        .isIn(302, 401));
        mvc.perform(as(wenchuanEditor, get(preview))).andExpect(status().isForbidden());
    }

    /** 马尔康市's site is still being built (建设中) in the demo: not public until it is launched. */
    private static final String MAERKANG = "5132010001";

    @Test
    void aSiteStillBeingBuiltShowsItsPicturesAndAttachmentsToItsAdministratorInPreviewOnly() throws Exception {
        String editor = people.create("mk.editor", org.civitas.content.ContentTestUsers.EDITOR_ROLE, "maerkang");
        noChain(MAERKANG, "news-headlines");
        long attachment = upload(editor, "mk-attachment.txt");
        long picture = upload(editor, "mk-picture.txt");
        String created = mvc.perform(as(editor, post("/api/v1/articles"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"siteCode":"%s","channelCode":"news-headlines","submit":true,
                                 "article":{"title":"建设中站点的文章","bodyHtml":"<p><img src=\\"/api/v1/blobs/%d\\" alt=\\"图\\"></p>",
                                 "attachmentBlobIds":[%d]}}
                                """.formatted(MAERKANG, picture, attachment)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("PUBLISHED"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long articleId = JsonPath.<Number>read(created, "$.id").longValue();
        long site = site(MAERKANG).id();
        String preview = "/admin/sites/" + site + "/preview";

        // the administrator sees the article with its picture and attachment linked inside the preview
        String page = mvc.perform(as("admin", get(preview + "/a/" + articleId + ".html")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains(preview + "/files/" + key(picture) + "/")
                .contains(preview + "/files/" + key(attachment) + "/");
        mvc.perform(as("admin", get(preview + "/files/" + key(picture) + "/mk-picture.txt")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.startsWith("mk-picture.txt")));
        mvc.perform(as("admin", get(preview + "/files/" + key(attachment) + "/mk-attachment.txt")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.startsWith("mk-attachment.txt")));

        // the public finds neither the page nor its files while the site is being built
        mvc.perform(get("/s/" + MAERKANG + "/a/" + articleId + ".html")).andExpect(status().isNotFound());
        mvc.perform(get("/s/" + MAERKANG + "/files/" + key(picture) + "/mk-picture.txt"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/s/" + MAERKANG + "/files/" + key(attachment) + "/mk-attachment.txt"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/files/" + key(attachment) + "/mk-attachment.txt").header("Host", "www.maerkang.gov.cn"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aBodyPictureIsFoundThroughTheLinkTableKeptWithTheBody() throws Exception {
        noChain(WENCHUAN, "news-notices");
        long picture = upload(wenchuanEditor, "picture.txt");
        String created = mvc.perform(article(
                        wenchuanEditor, "", "<p><img src=\\\"/api/v1/blobs/" + picture + "\\\" alt=\\\"x\\\"></p>"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long articleId = JsonPath.<Number>read(created, "$.id").longValue();

        // the file is found by an indexed lookup of the link table, no longer by LIKE over the bodies
        assertThat(jdbc.queryForList(
                        "select blob_id from content_article_body_blob where article_id = ?", Long.class, articleId))
                .containsExactly(picture);
        // readable through its (published) article by another site's editor
        mvc.perform(as(jiuzhaigouEditor, get("/api/v1/blobs/" + picture))).andExpect(status().isOk());

        // the migration fills the table from bodies stored before it existed, and changes nothing on a second run
        jdbc.update("delete from content_article_body_blob where article_id = ?", articleId);
        for (int run = 0; run < 2; run++) {
            jdbc.execute((java.sql.Connection c) -> {
                db.migration.common.V27_2__blob_links_filled.fill(c);
                return null;
            });
        }
        assertThat(jdbc.queryForList(
                        "select blob_id from content_article_body_blob where article_id = ?", Long.class, articleId))
                .containsExactly(picture);
    }

    @Test
    void anotherPersonsUploadIsRefusedAndTheRefusalAudited() throws Exception {
        noChain(WENCHUAN, "news-notices");
        long theirs = upload(jiuzhaigouEditor, "theirs.txt");
        long before = refusals(wenchuanEditor);

        mvc.perform(article(wenchuanEditor, Long.toString(theirs), "<p>x</p>"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("文件 " + theirs + " 不存在。"));
        mvc.perform(article(wenchuanEditor, "", "<p><img src=\\\"/api/v1/blobs/" + theirs + "\\\" alt=\\\"x\\\"></p>"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(as(wenchuanEditor, get("/api/v1/blobs/" + theirs))).andExpect(status().isNotFound());

        assertThat(refusals(wenchuanEditor)).isEqualTo(before + 2);
    }

    @Test
    void aDeskAttachmentNeverBecomesAPublicFile() throws Exception {
        noChain(WENCHUAN, "news-notices");
        people.signIn("desk.wenchuan");
        long desk = blobs.store(
                        new java.io.ByteArrayInputStream(("内部 " + System.nanoTime()).getBytes(StandardCharsets.UTF_8)),
                        "内部.txt",
                        "text/plain")
                .id();
        submissions.create(new SubmissionDraft(
                null, "内部情况", "<p>内部</p>", Category.OTHER, Urgency.ROUTINE, "INTERNAL", "某", null, List.of(desk)));
        // the desk's writer still reads it, now as a submission's file
        assertThat(blobs.find(desk)).isPresent();
        org.civitas.content.ContentTestUsers.signOut();

        mvc.perform(article(wenchuanEditor, Long.toString(desk), "<p>x</p>"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/s/" + WENCHUAN + "/files/" + key(desk) + "/x.txt")).andExpect(status().isNotFound());
        mvc.perform(get("/s/" + WENCHUAN + "/files/" + desk + "/x.txt")).andExpect(status().isNotFound());
    }
}
