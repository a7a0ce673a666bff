package org.civitas.content.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import org.civitas.content.ContentIntegrationTest;
import org.civitas.identity.CivitasUser;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@DatabaseTest
class ArticleApiIntegrationTest extends ContentIntegrationTest {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void mvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        CivitasUser user = (CivitasUser) details.loadUserByUsername(username);
        return request.with(user(user)).with(csrf()).locale(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void createsAndSubmitsAnArticleThenReadsItBack() throws Exception {
        noChain(WENCHUAN, "news-notices");
        String location = mvc.perform(as(
                        wenchuanEditor,
                        post("/api/v1/articles")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                                                {"siteCode":"5132210001","channelCode":"news-notices","submit":true,
                                                 "article":{"title":"关于做好冬春季森林草原防火工作的通知",
                                                            "bodyHtml":"<p>各乡镇：</p><script>alert(1)</script>",
                                                            "tags":["防火"]}}
                                                """)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/articles/")))
                .andExpect(jsonPath("$.state").value("PUBLISHED"))
                .andExpect(jsonPath("$.bodyHtml").value("<p>各乡镇：</p>"))
                .andReturn()
                .getResponse()
                .getHeader("Location");

        mvc.perform(as(wenchuanEditor, get(location)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("关于做好冬春季森林草原防火工作的通知"));
        mvc.perform(as(jiuzhaigouEditor, get(location))).andExpect(status().isForbidden());
    }

    @Test
    void refusalsAreProblemDetailsAndWriteNothing() throws Exception {
        mvc.perform(as(
                        wenchuanEditor,
                        post("/api/v1/articles")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                                        {"siteCode":"5132210001","channelCode":"news-notices",
                                         "article":{"title":"","bodyHtml":"<p>x</p>"}}
                                        """)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("标题不能为空。"));
        mvc.perform(as(
                        wenchuanEditor,
                        post("/api/v1/articles")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                                        {"siteCode":"5132210001","channelCode":"no-such-channel",
                                         "article":{"title":"x","bodyHtml":"<p>x</p>"}}
                                        """)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(as(
                        jiuzhaigouEditor,
                        post("/api/v1/articles")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                                        {"siteCode":"5132210001","channelCode":"news-notices",
                                         "article":{"title":"越权","bodyHtml":"<p>x</p>"}}
                                        """)))
                .andExpect(status().isForbidden());
    }
}
