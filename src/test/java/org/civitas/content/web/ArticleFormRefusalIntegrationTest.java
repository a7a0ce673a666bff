package org.civitas.content.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Locale;
import java.util.Set;
import org.civitas.content.ContentIntegrationTest;
import org.civitas.content.ContentPermissions;
import org.civitas.identity.CivitasUser;
import org.civitas.identity.RoleDraft;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A refused save never loses what was typed: an editor who may write articles but not use the file they
 * picked as the cover gets the article form back, filled in as they left it, with the reason in their
 * language (it used to be a bare 403 page).
 */
@DatabaseTest
class ArticleFormRefusalIntegrationTest extends ContentIntegrationTest {

    static final String WRITER_ONLY = "TEST_WRITER_NO_FILES";

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;
    String writer;

    @BeforeEach
    void writerWithoutFiles() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        people.signIn("secadmin");
        if (roleService.roles().stream().noneMatch(r -> r.code().equals(WRITER_ONLY))) {
            roleService.create(new RoleDraft(WRITER_ONLY, WRITER_ONLY, null, Set.of(ContentPermissions.WRITE)));
        }
        writer = people.create("wc.nofiles", WRITER_ONLY, "wenchuan");
    }

    @Test
    void aSaveRefusedForACoverTheEditorMayNotUseKeepsTheTypedArticle() throws Exception {
        for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            var response = mvc.perform(post("/admin/articles")
                            .with(user((CivitasUser) details.loadUserByUsername(writer)))
                            .with(csrf())
                            .cookie(new jakarta.servlet.http.Cookie("civitas-lang", locale.toLanguageTag()))
                            .param("site", String.valueOf(site(WENCHUAN).id()))
                            .param(
                                    "channel",
                                    String.valueOf(
                                            channel(WENCHUAN, "news-headlines").id()))
                            .param("title", "汶川县召开防汛工作部署会议")
                            .param("summary", "部署今年汛期各项工作")
                            .param("bodyHtml", "<p>会议要求各乡镇落实防汛责任，排查地质灾害隐患点。</p>")
                            .param("coverBlobId", "987654321"))
                    .andReturn()
                    .getResponse();
            String page = response.getContentAsString();
            assertThat(response.getContentType()).startsWith("text/html");
            assertThat(page)
                    .as("the form comes back as typed")
                    .contains("value=\"汶川县召开防汛工作部署会议\"")
                    .contains("部署今年汛期各项工作")
                    .contains("会议要求各乡镇落实防汛责任，排查地质灾害隐患点。")
                    .containsAnyOf("alert-danger", "coverBlobId-error");
            if (locale == Locale.ENGLISH) {
                assertThat(page).containsAnyOf("Not saved", "may not", "does not exist");
            } else {
                assertThat(page).containsAnyOf("未保存", "无权", "不存在");
            }
        }
    }
}
