package org.civitas.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.civitas.storage.BlobDownloaded;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A stored file is read through the record that carries it: an INTERNAL attachment of a submission is readable
 * by nobody who may not read the submission, in any state, through any address (the storage API included); every
 * download is audited, and so is every refusal.
 */
@DatabaseTest
class FilesFollowTheirRecordsIntegrationTest extends ReportingIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SubmissionService submissions;

    @Autowired
    JdbcTemplate jdbc;

    RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    @Test
    void anInternalAttachmentIsReadOnlyByThoseWhoMayReadItsSubmission() throws Exception {
        ensureAccounts();
        byte[] secret = ("内部附件 " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
        String uploaded = mvc.perform(post("/api/v1/blobs")
                        .with(as("t.lx.writer"))
                        .with(csrf().asHeader())
                        .contentType("text/plain")
                        .header("X-Filename", "internal.txt")
                        .content(secret))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long blob = JsonPath.<Number>read(uploaded, "$.id").longValue();

        // before it is attached, the upload is its uploader's alone
        mvc.perform(get("/api/v1/blobs/" + blob).with(as("t.lx.writer"))).andExpect(status().isOk());
        expectHidden(blob, "t.editor.low", "t.editor", "t.mx.writer", "t.lx.head");

        SubmissionView sent = accounts.runAs(
                "t.lx.writer",
                () -> submissions.submit(new SubmissionDraft(
                        null,
                        "理县内部情况",
                        "<p>内部情况</p>",
                        Category.OTHER,
                        Urgency.ROUTINE,
                        "INTERNAL",
                        "李县长",
                        null,
                        List.of(blob))));

        // waiting for the unit's sign-off: the office, however cleared, does not see it, nor its file; the
        // unit's head is not cleared for INTERNAL; the writer now reads it as the submission's file
        expectHidden(blob, "t.editor.low", "t.editor", "t.mx.writer", "t.lx.head");
        mvc.perform(get("/api/v1/blobs/" + blob).with(as("t.lx.writer"))).andExpect(status().isOk());
        long denials = denials(blob);
        assertThat(denials).isGreaterThanOrEqualTo(6);

        signOff("t.lx.head", sent.id());

        // sent: the cleared editor reads it, the editor of the lowest clearance never does
        expectHidden(blob, "t.editor.low", "t.mx.writer");
        assertThat(denials(blob)).isEqualTo(denials + 4);
        events.clear();
        mvc.perform(get("/api/v1/blobs/" + blob).with(as("t.editor")))
                .andExpect(status().isOk())
                .andExpect(content().bytes(secret));
        assertThat(events.stream(BlobDownloaded.class))
                .containsExactly(new BlobDownloaded(blob, "internal.txt", "Submission " + sent.id()));
        assertThat(audited("t.editor", blob)).isEqualTo(1);
    }

    private void expectHidden(long blob, String... usernames) throws Exception {
        for (String username : usernames) {
            mvc.perform(get("/api/v1/blobs/" + blob).with(as(username))).andExpect(status().isNotFound());
            mvc.perform(get("/admin/reporting/files/" + blob).with(as(username)))
                    .andExpect(result ->
                            assertThat(result.getResponse().getStatus()).isIn(403, 404));
        }
    }

    /** Refused downloads of the blob in the audit trail. */
    private long denials(long blob) {
        return jdbc.queryForObject(
                "select count(*) from audit_record where outcome = 'DENIED' and action = 'blob:read' "
                        + "and (object_id = ? or object_id = ?)",
                Long.class,
                "GET /api/v1/blobs/" + blob,
                "GET /admin/reporting/files/" + blob);
    }

    private long audited(String actor, long blob) {
        return jdbc.queryForObject(
                "select count(*) from audit_record where actor = ? and action = 'blob:download' and object_id = ?",
                Long.class,
                actor,
                Long.toString(blob));
    }
}
