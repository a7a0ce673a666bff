package org.civitas.content.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import org.civitas.content.ArticleDraft;
import org.civitas.content.ContentIntegrationTest;
import org.civitas.content.ContentTestUsers;
import org.civitas.identity.CivitasUser;
import org.civitas.identity.DataScope;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Pushing through the API and deciding on the receiving site; refusals are problem details in the caller's language. */
@DatabaseTest
class ShareApiIntegrationTest extends ContentIntegrationTest {

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
    void aCountyPushesThroughTheApiAndThePortalDeclinesThenAcceptsANewPush() throws Exception {
        String sharer = people.create("wc.api.sharer", ContentTestUsers.SHARER_ROLE, "wenchuan");
        String portalEditor = people.create("aba.api.editor", ContentTestUsers.EDITOR_ROLE, "aba", DataScope.OWN);
        noChain(WENCHUAN, "news-notices");
        people.signIn(sharer);
        long id = articles.submit(write(WENCHUAN, "news-notices", ArticleDraft.of("关于开展春季植树活动的通知", "<p>植树</p>"))
                        .id())
                .id();
        ContentTestUsers.signOut();
        String push = """
                {"articleId":%d,"siteCode":"5132000001","channelCode":"news-counties"}""".formatted(id);

        String location = mvc.perform(as(
                        sharer,
                        post("/api/v1/shares")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(push)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("PENDING"))
                .andExpect(jsonPath("$.targetChannelName").value("县市动态"))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        mvc.perform(as(
                        sharer,
                        post("/api/v1/shares")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(push)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("待接收")));
        mvc.perform(as(
                        wenchuanEditor,
                        post("/api/v1/shares")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(push)))
                .andExpect(status().isForbidden());

        mvc.perform(as(
                        portalEditor,
                        get("/api/v1/shares").param("siteCode", "5132000001").param("state", "PENDING")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].articleId", hasItem((int) id)));
        mvc.perform(as(
                        portalEditor,
                        post(location + "/decline")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{}")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("请填写拒绝原因。"));
        mvc.perform(as(
                        portalEditor,
                        post(location + "/decline")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"reason\":\"请改推部门动态\"}")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("DECLINED"));
        mvc.perform(as(portalEditor, post(location + "/accept")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("已拒绝")));

        String again = mvc.perform(as(
                        sharer,
                        post("/api/v1/shares")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(push)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        mvc.perform(as(sharer, post(again + "/accept"))).andExpect(status().isForbidden());
        mvc.perform(as(portalEditor, post(again + "/accept")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ACCEPTED"));
        mvc.perform(as(portalEditor, post(again + "/remove")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("REMOVED"));
    }
}
