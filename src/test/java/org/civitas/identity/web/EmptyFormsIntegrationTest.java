package org.civitas.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Console forms mark what is required and, submitted empty, come back with what was typed and a summary that
 * names every missing field by its label, not only the first one the rules stopped at.
 */
@DatabaseTest
class EmptyFormsIntegrationTest extends ConsoleTestSupport {

    @Autowired
    MessageSource messages;

    @Test
    void theUserFormMarksItsRequiredFieldsAndExplainsTheMark() throws Exception {
        String html = page(get("/admin/users/new").with(as("admin")));

        assertThat(html).contains(text("form.required.legend", Locale.SIMPLIFIED_CHINESE), "aria-required=\"true\"");
        assertThat(html).containsPattern("id=\"username\"[^>]*required");
    }

    @Test
    void anEmptyUserFormNamesEveryMissingFieldInBothLanguages() throws Exception {
        for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            String html = page(post("/admin/users")
                    .with(as("admin"))
                    .with(csrf())
                    .param("lang", locale.toLanguageTag())
                    .param("username", "")
                    .param("displayName", "")
                    .param("email", "kept@example.org"));

            assertThat(html).contains(text("form.errors.title", locale), "value=\"kept@example.org\"");
            assertNamed(html, locale, "user.username", "user.displayName", "user.organisation");
        }
    }

    @Test
    void anEmptySiteFormNamesEveryMissingField() throws Exception {
        String html = page(post("/admin/sites")
                .with(as("admin"))
                .with(csrf())
                .param("name", "")
                .param("icpNumber", "蜀ICP备00000000号"));

        assertThat(html).contains("value=\"蜀ICP备00000000号\"");
        assertNamed(html, Locale.SIMPLIFIED_CHINESE, "site.name", "site.siteCode", "site.domains");
    }

    @Test
    void anEmptyJournalFormNamesEveryMissingField() throws Exception {
        String html = page(post("/admin/journals")
                .with(as("admin"))
                .with(csrf())
                .param("code", "")
                .param("name", "")
                .param("audienceRoleCodes", "KEPT_ROLE")
                .param("version", "0"));

        assertThat(html).contains("KEPT_ROLE");
        assertNamed(
                html,
                Locale.SIMPLIFIED_CHINESE,
                "journal.code",
                "journal.name",
                "journal.numberFormat",
                "journal.issuingOffice",
                "journal.reviewChainCode");
    }

    @Test
    void anEmptySubmissionNamesTitleTextAndSignerAtOnce() throws Exception {
        String html = page(post("/admin/reporting/submissions")
                .with(as("desk.wenchuan"))
                .with(csrf())
                .param("title", "")
                .param("body", "<p></p>")
                .param("signer", "")
                .param("contact", "0837-1234567"));

        assertThat(html).contains("value=\"0837-1234567\"");
        assertNamed(html, Locale.SIMPLIFIED_CHINESE, "reporting.title", "reporting.body", "reporting.signer");
    }

    /** The summary lists each field as "label：reason" (a link to the field). */
    private void assertNamed(String html, Locale locale, String... labelKeys) {
        String summary = html.substring(html.indexOf("error-summary"));
        for (String key : labelKeys) {
            String label = text(key, locale);
            assertThat(summary).as(key).contains(locale.getLanguage().equals("en") ? label + ": " : label + "：");
        }
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
