package org.civitas.journal.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.civitas.support.CivitasIntegrationTest;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The journal settings pages as a real account meets them. */
@DatabaseTest
@CivitasIntegrationTest
class JournalConsoleIntegrationTest extends JournalConsoleSupport {

    @BeforeEach
    void setUp() {
        grantTheOfficeToAdmin();
    }

    private MockHttpServletRequestBuilder create(String code, String name, String numberFormat) {
        return post("/admin/journals")
                .with(csrf())
                .with(as("admin"))
                .param("code", code)
                .param("name", name)
                .param("level", "MUNICIPAL")
                .param("numberFormat", numberFormat)
                .param("defaultLabel", "INTERNAL")
                .param("minimumClearance", "PUBLIC")
                .param("issuingOffice", "阿坝州人民政府办公室")
                .param("layout", "RED_MASTHEAD")
                .param("reviewChainCode", "journal-signoff")
                .param("audienceRoleCodes", "")
                .param("version", "0");
    }

    @Test
    void aJournalManagerDefinesAJournalAndBadInputIsShownOnTheForm() throws Exception {
        mvc.perform(create("console-bad", "控制台刊物甲", "{year}年").accept("text/html"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("期号格式必须包含 {number}")));
        mvc.perform(get("/admin/journals").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("控制台刊物甲"))));

        mvc.perform(create("console-ok", "控制台刊物乙", "第{number}期")).andExpect(redirectedUrl("/admin/journals"));
        mvc.perform(get("/admin/journals").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("控制台刊物乙")))
                .andExpect(content().string(containsString("第1期")));
        mvc.perform(get("/admin/journals/new").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("{year}年第{number}期（总第{total}期）")));
    }

    @Test
    void usersWithoutTheJournalPermissionAreRefused() throws Exception {
        mvc.perform(get("/admin/journals").with(as("auditor")).accept("text/html"))
                .andExpect(status().isForbidden());
    }
}
