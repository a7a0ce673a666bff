package org.civitas.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.civitas.identity.CivitasUser;
import org.civitas.identity.DataScope;
import org.civitas.identity.RoleDraft;
import org.civitas.journal.ItemUse;
import org.civitas.journal.JournalPermissions;
import org.civitas.platform.DomainException;
import org.civitas.storage.BlobStore;
import org.civitas.storage.BlobStored;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A unit reads a Word document into a submission and attaches files; a submission's pictures and
 * attachments are readable by its unit and, once sent, by the office, and by nobody else. Malformed
 * documents are refused with a message in the user's language and leave nothing behind.
 */
@DatabaseTest
class SubmissionFileAccessIntegrationTest extends ReportingIntegrationTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Autowired
    MockMvc mvc;

    @Autowired
    SubmissionService submissions;

    @Autowired
    BlobStore blobs;

    @Autowired
    DeskService desk;

    @Autowired
    AdoptionPlacement adoptionPlacement;

    @Autowired
    org.civitas.journal.EditionService editions;

    @Autowired
    org.civitas.journal.JournalService journals;

    RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    MockHttpServletRequestBuilder word(byte[] content, Locale locale) {
        return post("/api/v1/submissions/word")
                .with(csrf())
                .contentType(DOCX)
                .accept(MediaType.APPLICATION_JSON)
                .locale(locale)
                .cookie(new jakarta.servlet.http.Cookie("civitas-lang", locale.toLanguageTag()))
                .content(content);
    }

    @Test
    void aWordDocumentFillsTheBodyAndItsFilesAreReadByTheUnitAndTheOfficeOnly() throws Exception {
        ensureAccounts();
        var answer = mvc.perform(word(WordFixtures.report("理县冬季取暖安全检查"), Locale.SIMPLIFIED_CHINESE)
                        .with(as("t.lx.writer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("理县冬季取暖安全检查"))
                .andExpect(jsonPath("$.pictures.length()").value(1))
                .andExpect(jsonPath("$.skippedPictures").value(0))
                .andReturn();
        String imported = answer.getResponse().getContentAsString(StandardCharsets.UTF_8);
        long picture = JsonPath.<Number>read(imported, "$.pictures[0]").longValue();
        String body = JsonPath.read(imported, "$.body");
        String title = JsonPath.read(imported, "$.title");
        assertThat(body)
                .contains("<strong>12处</strong>")
                .contains("<ul><li>城区供暖站</li>")
                .contains("<img src=\"/admin/reporting/files/" + picture + "\"");
        assertThat(events.stream(BlobStored.class).count()).isEqualTo(1);

        // the writer sees the picture before saving; another unit and the office do not
        mvc.perform(get("/admin/reporting/files/" + picture).with(as("t.lx.writer")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"))
                .andExpect(content().bytes(WordFixtures.png()))
                .andExpect(header().string("Content-Security-Policy", "sandbox"));
        // served as the storage module serves every blob: byte ranges and 304 by its SHA-256
        byte[] png = WordFixtures.png();
        mvc.perform(get("/admin/reporting/files/" + picture)
                        .header("Range", "bytes=0-7")
                        .with(as("t.lx.writer")))
                .andExpect(status().isPartialContent())
                .andExpect(content().bytes(java.util.Arrays.copyOf(png, 8)));
        String etag = mvc.perform(get("/admin/reporting/files/" + picture).with(as("t.lx.writer")))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        mvc.perform(get("/admin/reporting/files/" + picture)
                        .header("If-None-Match", etag)
                        .with(as("t.lx.writer")))
                .andExpect(status().isNotModified());
        mvc.perform(get("/admin/reporting/files/" + picture).with(as("t.mx.writer")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/reporting/files/" + picture).with(as("t.editor")))
                .andExpect(status().isNotFound());

        long attachment = accounts.runAs(
                "t.lx.writer",
                () -> blobs.store(
                                new ByteArrayInputStream("检查清单".getBytes(StandardCharsets.UTF_8)),
                                "检查清单.txt",
                                "text/plain")
                        .id());
        SubmissionView sent = accounts.runAs(
                "t.lx.writer",
                () -> submissions.submit(new SubmissionDraft(
                        null,
                        title,
                        body,
                        Category.SAFETY,
                        Urgency.ROUTINE,
                        "PUBLIC",
                        "李县长",
                        null,
                        List.of(attachment))));
        assertThat(sent.body()).contains("/admin/reporting/files/" + picture);

        // while the unit head signs, the office does not see the item nor its files
        mvc.perform(get("/admin/reporting/files/" + attachment).with(as("t.editor")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/reporting/files/" + attachment).with(as("t.lx.head")))
                .andExpect(status().isOk());
        signOff("t.lx.head", sent.id());

        for (long file : new long[] {picture, attachment}) {
            mvc.perform(get("/admin/reporting/files/" + file).with(as("t.editor")))
                    .andExpect(status().isOk());
            mvc.perform(get("/admin/reporting/files/" + file).with(as("t.mx.writer")))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/admin/reporting/files/" + file).with(as("t.mx.head")))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/admin/reporting/files/" + attachment).with(as("t.editor")))
                .andExpect(content().contentType("text/plain"))
                .andExpect(result -> assertThat(result.getResponse().getHeader("Content-Disposition"))
                        .startsWith("attachment"));
        // the submission's page lists the attachment by name, with a link that works
        mvc.perform(get("/admin/reporting/submissions/" + sent.id()).with(as("t.editor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("检查清单.txt")))
                .andExpect(content().string(containsString("/admin/reporting/files/" + attachment)))
                .andExpect(content().string(not(containsString("/api/v1/blobs/"))));

        // another unit cannot open the file by naming it in its own submission
        accounts.runAs("t.mx.writer", () -> {
            for (var form : List.of(
                    new SubmissionDraft(
                            null,
                            "茂县",
                            "<p>x</p>",
                            Category.OTHER,
                            Urgency.ROUTINE,
                            null,
                            "某",
                            null,
                            List.of(attachment)),
                    new SubmissionDraft(
                            null,
                            "茂县",
                            "<p>x<img src=\"/admin/reporting/files/" + picture + "\"></p>",
                            Category.OTHER,
                            Urgency.ROUTINE,
                            null,
                            "某",
                            null,
                            List.of()))) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> submissions.create(form))
                        .isInstanceOfSatisfying(
                                DomainException.class,
                                e -> assertThat(e.messageKey())
                                        .isIn("reporting.attachment.unknown", "reporting.picture.unknown"));
            }
            return null;
        });
        mvc.perform(get("/admin/reporting/files/" + attachment).with(as("t.mx.writer")))
                .andExpect(status().isNotFound());
        // the same through the console's form: the refusal is shown on the form
        mvc.perform(post("/admin/reporting/submissions")
                        .with(as("t.mx.writer"))
                        .with(csrf())
                        .param("title", "茂县")
                        .param("body", "<p>x</p>")
                        .param("category", "OTHER")
                        .param("urgency", "ROUTINE")
                        .param("signer", "某")
                        .param("attachments", String.valueOf(attachment)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不存在或您无权使用")))
                .andExpect(content().string(not(containsString("检查清单.txt"))));
    }

    /** A unit's submission with one picture read from a Word document, sent and signed; returns {id, picture}. */
    private long[] sentWithPicture(String writer, String head, String title) throws Exception {
        String imported = mvc.perform(word(WordFixtures.report(title), Locale.SIMPLIFIED_CHINESE)
                        .with(as(writer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        long picture = JsonPath.<Number>read(imported, "$.pictures[0]").longValue();
        String body = JsonPath.read(imported, "$.body");
        SubmissionView sent = accounts.runAs(
                writer,
                () -> submissions.submit(new SubmissionDraft(
                        null, title, body, Category.SAFETY, Urgency.ROUTINE, "PUBLIC", "县长", null, List.of())));
        signOff(head, sent.id());
        return new long[] {sent.id(), picture};
    }

    @Test
    void aMergedAdoptionShowsThePicturesOfAllItsSubmissionsToTheOffice() throws Exception {
        ensureAccounts();
        long[] lixian = sentWithPicture("t.lx.writer", "t.lx.head", "理县森林防火检查");
        long[] maoxian = sentWithPicture("t.mx.writer", "t.mx.head", "茂县森林防火检查");
        String merged = "<p>两县开展森林防火检查。</p><p><img src=\"/admin/reporting/files/" + lixian[1] + "\"></p>"
                + "<p><img src=\"/admin/reporting/files/" + maoxian[1] + "\"></p>";
        AdoptionView adoption =
                accounts.runAs("t.editor", () -> desk.merge(List.of(lixian[0], maoxian[0]), "两县森林防火检查", merged));
        assertThat(adoption.body())
                .contains("/admin/reporting/files/" + lixian[1], "/admin/reporting/files/" + maoxian[1]);

        mvc.perform(get("/admin/reporting/adoptions/" + adoption.id()).with(as("t.editor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/admin/reporting/files/" + lixian[1])))
                .andExpect(content().string(containsString("/admin/reporting/files/" + maoxian[1])));
        for (long picture : new long[] {lixian[1], maoxian[1]}) {
            mvc.perform(get("/admin/reporting/files/" + picture).with(as("t.editor")))
                    .andExpect(status().isOk())
                    .andExpect(content().contentType("image/png"));
        }

        // compiled into a released edition, its pictures are the edition's: a reader without reporting rights sees them
        accounts.ensureOffice();
        long edition = accounts.runAs("t.office", () -> {
            long journalId = journals.list().stream()
                    .filter(j -> j.code().equals("daily"))
                    .findFirst()
                    .orElseThrow()
                    .id();
            long created = editions.create(journalId, "PUBLIC", null).id();
            adoptionPlacement.addToEdition(adoption.id(), created, "县区动态", ItemUse.FULL_TEXT, null, null);
            return created;
        });
        signOffAndRelease("t.office", edition);
        CivitasUser reader = (CivitasUser) userDetails.loadUserByUsername("wenchuan.admin");
        if (!reader.has(JournalPermissions.READ)) {
            accounts.runAs(
                    "secadmin",
                    () -> roleService.grant(
                            reader.id(),
                            roleService.roles().stream()
                                    .filter(r -> r.code().equals("T_JOURNAL_READER"))
                                    .findFirst()
                                    .orElseGet(() -> roleService.create(new RoleDraft(
                                            "T_JOURNAL_READER",
                                            "T_JOURNAL_READER",
                                            null,
                                            Set.of(JournalPermissions.READ))))
                                    .id(),
                            DataScope.OWN,
                            reader.organisationId()));
        }
        mvc.perform(get("/admin/editions/" + edition).with(as("wenchuan.admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/admin/editions/" + edition + "/pictures/" + lixian[1])))
                .andExpect(content().string(containsString("/admin/editions/" + edition + "/pictures/" + maoxian[1])));
        for (long picture : new long[] {lixian[1], maoxian[1]}) {
            mvc.perform(get("/admin/editions/" + edition + "/pictures/" + picture)
                            .with(as("wenchuan.admin")))
                    .andExpect(status().isOk())
                    .andExpect(content().contentType("image/png"))
                    .andExpect(content().bytes(WordFixtures.png()));
            mvc.perform(get("/admin/reporting/files/" + picture).with(as("wenchuan.admin")))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void malformedDocumentsAreRefusedInTheUsersLanguageAndNothingIsStored() throws Exception {
        ensureAccounts();
        long before = accounts.runAs("t.lx.writer", () -> submissions.count(SubmissionQuery.none()));
        byte[] tooLarge = new byte[20 * 1024 * 1024 + 1];
        tooLarge[0] = 'P';
        tooLarge[1] = 'K';
        Object[][] cases = {
            {"a plain text".getBytes(StandardCharsets.UTF_8), "不是 Word 文档", "is not a Word document"},
            {WordFixtures.truncated(4000), "已损坏", "damaged"},
            {new byte[0], "是空的", "is empty"},
            {tooLarge, "超过 20 MB", "larger than 20 MB"},
        };
        for (Object[] c : cases) {
            byte[] content = (byte[]) c[0];
            mvc.perform(word(content, Locale.SIMPLIFIED_CHINESE).with(as("t.lx.writer")))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.field").value("word"))
                    .andExpect(jsonPath("$.detail", containsString((String) c[1])))
                    .andExpect(content().string(not(containsString("Exception"))));
            mvc.perform(word(content, Locale.ENGLISH).with(as("t.lx.writer")))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.detail", containsString((String) c[2])));
        }
        assertThat(events.stream(BlobStored.class).count()).isZero();
        assertThat(auditable()).isZero();
        assertThat(accounts.runAs("t.lx.writer", () -> submissions.count(SubmissionQuery.none())))
                .isEqualTo(before);
        // the office and anonymous callers may not import
        mvc.perform(word(WordFixtures.report("x"), Locale.SIMPLIFIED_CHINESE).with(as("t.editor")))
                .andExpect(status().isForbidden());
    }
}
