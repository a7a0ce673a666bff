package org.civitas.platform.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.civitas.support.CivitasIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Browsers get the HTML error page, API clients get RFC 9457 problem details, including for the
 * framework's own errors (which {@code spring.mvc.problemdetails.enabled} would have sent to browsers too). The API
 * that fails on purpose is {@link org.civitas.support.TestOnlyApi}.
 */
@CivitasIntegrationTest
@WithMockUser
class ErrorResponsesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void browserAskingForAMissingPageGetsTheErrorPage() throws Exception {
        // MockMvc does not forward to /error (ErrorPageBrowserTest sees the rendered page); what matters
        // here is that no JSON body was written in its place
        mvc.perform(get("/webjars/none").accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().string(""));
    }

    @Test
    void unreadableApiRequestGetsProblemDetails() throws Exception {
        mvc.perform(post("/api/v1/test-samples")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400));
    }

    @Test
    void invalidApiRequestNamesTheFieldsInTheCallersLanguage() throws Exception {
        mvc.perform(post("/api/v1/test-samples")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("提交的内容有误，请检查标出的字段。"))
                .andExpect(jsonPath("$.fields.name").exists());
    }

    @Test
    void aMissingObjectIsNamedInTheCallersLanguageNeverByItsJavaType() throws Exception {
        mvc.perform(get("/api/v1/test-samples/Article/12").param("lang", "zh_CN"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("未找到文章（12），或您无权查看。"))
                .andExpect(jsonPath("$.code").value("error.notFound"));
        mvc.perform(get("/api/v1/test-samples/EditionItem/7").param("lang", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(not(containsString("EditionItem"))));
        // a type without a name in the bundles is described generically, not by its class name
        mvc.perform(get("/api/v1/test-samples/SomethingInternal/3").param("lang", "zh_CN"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("未找到您要查看的内容，或您无权查看。"));
    }
}
