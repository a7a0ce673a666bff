package org.civitas.platform.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Browsers get the HTML error page, API clients get RFC 9457 problem details, including for the
 * framework's own errors (which {@code spring.mvc.problemdetails.enabled} would have sent to browsers too).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ErrorResponsesIntegrationTest.SampleApi.class)
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

    record Sample(@NotBlank String name) {}

    @RestController
    static class SampleApi {

        @PostMapping("/api/v1/test-samples")
        Sample create(@Valid @RequestBody Sample sample) {
            return sample;
        }
    }
}
