package org.civitas.journal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;
import org.civitas.audit.AuditQuery;
import org.civitas.audit.AuditTrail;
import org.civitas.journal.EditionState;
import org.civitas.journal.EditionView;
import org.civitas.journal.JournalDefinition;
import org.civitas.journal.JournalLayout;
import org.civitas.journal.JournalLevel;
import org.civitas.journal.JournalPermissions;
import org.civitas.journal.JournalView;
import org.civitas.storage.BlobStore;
import org.civitas.storage.StoragePermissions;
import org.civitas.support.CivitasIntegrationTest;
import org.civitas.support.DatabaseTest;
import org.civitas.workflow.ReviewChainDefinition;
import org.civitas.workflow.WorkflowPermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Compiling, signing off, downloading and forwarding an edition in the console, and who is refused. */
@DatabaseTest
@CivitasIntegrationTest
class EditionConsoleIntegrationTest extends JournalConsoleSupport {

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate linkJdbc;

    @Autowired
    BlobStore blobs;

    @Autowired
    AuditTrail audit;

    @BeforeEach
    void setUp() {
        grantTheOfficeToAdmin();
        grantOnce("wenchuan.admin", "JOURNAL_READER_TEST", JournalPermissions.READ);
    }

    /** Runs service calls as a stand-in office head cleared for everything (the demo accounts are cleared for 公开 only). */
    private <T> T asOfficeHead(java.util.function.Supplier<T> action) {
        return asStandIn(
                920_000L,
                "setup",
                Set.of(
                        JournalPermissions.MANAGE,
                        JournalPermissions.COMPILE,
                        JournalPermissions.READ,
                        WorkflowPermissions.CHAIN_WRITE,
                        StoragePermissions.UPLOAD),
                action);
    }

    /** A journal on a chain of no steps whose editions are labelled {@code label} by default. */
    private JournalView journal(String label) {
        String code = "console-" + System.nanoTime() % 100_000;
        return asOfficeHead(() -> {
            chains.define(new ReviewChainDefinition(code, "直接签发", List.of()));
            return journals.define(new JournalDefinition(
                    code,
                    "领导参阅" + code.substring(8),
                    JournalLevel.MUNICIPAL,
                    null,
                    label,
                    List.of(),
                    List.of(),
                    "PUBLIC",
                    "阿坝州人民政府办公室",
                    JournalLayout.RED_MASTHEAD,
                    code));
        });
    }

    private EditionView edition(long id) {
        return runAs("admin", () -> editions.get(id));
    }

    @Test
    void theOfficeCompilesOrdersSignsOffDownloadsAndForwardsAnEdition() throws Exception {
        JournalView journal = journal("PUBLIC");
        String location = mvc.perform(post("/admin/editions")
                        .with(csrf())
                        .with(as("admin"))
                        .param("journalId", String.valueOf(journal.id())))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        for (String title : List.of("若尔盖县湿地保护取得新成效", "红原县牦牛产业提质增效")) {
            mvc.perform(post("/admin/editions/{id}/items", id)
                            .with(csrf())
                            .with(as("admin"))
                            .param("section", "生态建设")
                            .param("title", title)
                            .param("bodyHtml", "<p>" + title + "。</p>"))
                    .andExpect(status().is3xxRedirection());
        }
        mvc.perform(post("/admin/editions/{id}/items", id)
                        .with(csrf())
                        .with(as("admin"))
                        .param("title", "")
                        .param("bodyHtml", "<p>正文</p>"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/editions/{id}", id).with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("若尔盖县湿地保护取得新成效")))
                .andExpect(content().string(containsString("生态建设")));
        long second = edition(id).sections().getFirst().items().get(1).id();
        mvc.perform(post("/admin/editions/{id}/items/{item}/move", id, second)
                        .with(csrf())
                        .with(as("admin"))
                        .param("direction", "UP"))
                .andExpect(status().is3xxRedirection());
        assertThat(edition(id).sections().getFirst().items())
                .extracting(EditionView.Item::title)
                .containsExactly("红原县牦牛产业提质增效", "若尔盖县湿地保护取得新成效");

        mvc.perform(post("/admin/editions/{id}/release", id).with(csrf()).with(as("admin")))
                .andExpect(status().is3xxRedirection());
        assertThat(edition(id).state()).isEqualTo(EditionState.DRAFT);
        mvc.perform(post("/admin/editions/{id}/submit", id).with(csrf()).with(as("admin")))
                .andExpect(status().is3xxRedirection());
        assertThat(edition(id).state()).isEqualTo(EditionState.SIGNED_OFF);

        mvc.perform(get("/admin/editions/{id}/pdf", id).with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"));
        mvc.perform(get("/admin/editions/{id}/docx", id).with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(".docx")));
        mvc.perform(post("/admin/editions/{id}/forward", id)
                        .with(csrf())
                        .with(as("admin"))
                        .param("recipient", "四川省人民政府办公厅信息处")
                        .param("method", "GOVERNMENT_NETWORK"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"));
        mvc.perform(get("/admin/forwards").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("四川省人民政府办公厅信息处")));
        mvc.perform(get("/admin/editions").with(as("admin")).param("journalId", String.valueOf(journal.id())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(edition(id).numberText())));
    }

    private static byte[] png(int width, int height) throws java.io.IOException {
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(
                new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @Test
    void theEditionsReadersSeeItsPicturesWithoutReportingRightsAndNobodyElseDoes() throws Exception {
        JournalView journal = journal("PUBLIC");
        byte[] png = png(40, 30);
        long fromSubmission = asOfficeHead(() -> blobs.store(new ByteArrayInputStream(png), "现场.png", "image/png")
                .id());
        long uploaded = asOfficeHead(() -> blobs.store(new ByteArrayInputStream(png), "图表.png", "image/png")
                .id());
        long elsewhere = asOfficeHead(() -> blobs.store(new ByteArrayInputStream(png), "其他.png", "image/png")
                .id());
        String body = "<p>现场照片：</p><p><img src=\"/admin/reporting/files/" + fromSubmission + "\" alt=\"现场\"></p>"
                + "<p><img src=\"/api/v1/blobs/" + uploaded + "\"></p>";
        long id = asOfficeHead(() -> {
            long created = editions.create(journal.id(), "PUBLIC", null).id();
            editions.addItem(
                    created, new org.civitas.journal.EditionItemDraft(null, "汶川县灾后重建现场", body, List.of(), null, null));
            editions.submitForSignOff(created);
            editions.release(created);
            return created;
        });
        long draft = asOfficeHead(() -> {
            long created = editions.create(journal.id(), "PUBLIC", null).id();
            editions.addItem(
                    created, new org.civitas.journal.EditionItemDraft(null, "草稿", body, List.of(), null, null));
            return created;
        });

        // each item keeps the blobs its body shows, so a file's check finds its editions by an indexed lookup
        assertThat(linkJdbc.queryForList(
                        "select distinct b.blob_id from edition_item_blob b join edition_item i on i.id = b.item_id"
                                + " join edition_section s on s.id = i.section_id where s.edition_id = ?",
                        Long.class,
                        id))
                .containsExactlyInAnyOrder(fromSubmission, uploaded);

        // wenchuan.admin reads journals and holds no reporting permission: the page points at the edition's pictures
        mvc.perform(get("/admin/editions/{id}", id).with(as("wenchuan.admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/admin/editions/" + id + "/pictures/" + fromSubmission)))
                .andExpect(content().string(containsString("/admin/editions/" + id + "/pictures/" + uploaded)))
                .andExpect(content().string(not(containsString("/admin/reporting/files/"))))
                .andExpect(content().string(not(containsString("/api/v1/blobs/" + uploaded))))
                // the 打印 button, and the print stylesheet that leaves navigation and buttons off the paper
                .andExpect(content().string(containsString("data-print")))
                .andExpect(content().string(containsString("/css/console-print.css")));
        for (long picture : new long[] {fromSubmission, uploaded}) {
            mvc.perform(get("/admin/editions/{id}/pictures/{blob}", id, picture).with(as("wenchuan.admin")))
                    .andExpect(status().isOk())
                    .andExpect(content().contentType("image/png"))
                    .andExpect(content().bytes(png))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("ETag", containsString("\"")));
        }
        String etag = mvc.perform(get("/admin/editions/{id}/pictures/{blob}", id, fromSubmission)
                        .with(as("wenchuan.admin")))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        mvc.perform(get("/admin/editions/{id}/pictures/{blob}", id, fromSubmission)
                        .header("If-None-Match", etag)
                        .with(as("wenchuan.admin")))
                .andExpect(status().isNotModified());

        // a blob none of the edition's items shows, even for the office
        for (String user : List.of("wenchuan.admin", "admin")) {
            mvc.perform(get("/admin/editions/{id}/pictures/{blob}", id, elsewhere)
                            .with(as(user)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/admin/editions/{id}/pictures/{blob}", id, 987_654_321L)
                            .with(as(user)))
                    .andExpect(status().isNotFound());
        }
        // users who may not read the edition: a draft for a reader, anything for a user without journal rights
        mvc.perform(get("/admin/editions/{id}/pictures/{blob}", draft, fromSubmission)
                        .with(as("wenchuan.admin")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/editions/{id}/pictures/{blob}", draft, fromSubmission)
                        .with(as("admin")))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/editions/{id}/pictures/{blob}", id, fromSubmission)
                        .with(as("auditor")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/editions/{id}/pictures/{blob}", 987_654_321L, fromSubmission)
                        .with(as("admin")))
                .andExpect(status().isNotFound());

        // naming a blob in an item does not open it: the compiler must be able to read it themselves
        mvc.perform(post("/admin/editions/{id}/items", draft)
                        .with(csrf())
                        .with(as("admin"))
                        .param("title", "借图")
                        .param("bodyHtml", "<p>图<img src=\"/admin/reporting/files/" + elsewhere + "\"></p>"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashError", containsString("图片 " + elsewhere + " 不存在或您无权使用")));
        assertThat(edition(draft).itemCount()).isOne();
    }

    private long reads(String username, long editionId) {
        return runAs(
                        "auditor",
                        () -> audit.search(
                                new AuditQuery(
                                        null,
                                        null,
                                        username,
                                        "edition:read",
                                        "Edition",
                                        String.valueOf(editionId),
                                        null,
                                        null),
                                org.springframework.data.domain.PageRequest.of(0, 20)))
                .getTotalElements();
    }

    @Test
    void everyReadOfAnEditionsContentIsAuditedOnceWhetherByACompilerOrAReader() throws Exception {
        JournalView journal = journal("PUBLIC");
        long id = asOfficeHead(() -> {
            long created = editions.create(journal.id(), "PUBLIC", null).id();
            editions.addItem(
                    created,
                    new org.civitas.journal.EditionItemDraft(null, "小金县苹果产业增收", "<p>内容</p>", List.of(), null, null));
            editions.submitForSignOff(created);
            editions.release(created);
            return created;
        });
        assertThat(reads("admin", id)).isZero();
        assertThat(reads("wenchuan.admin", id)).isZero();

        // admin compiles, wenchuan.admin only reads: the page and the API each record one read
        for (String user : List.of("admin", "wenchuan.admin")) {
            mvc.perform(get("/admin/editions/{id}", id).with(as(user)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("小金县苹果产业增收")));
            assertThat(reads(user, id)).as(user + " on the page").isEqualTo(1);
            mvc.perform(get("/api/v1/editions/{id}", id).with(as(user)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.sections[0].items[0].title").value("小金县苹果产业增收"))
                    .andExpect(jsonPath("$.sections[0].items[0].label").value("PUBLIC"));
            assertThat(reads(user, id)).as(user + " through the API").isEqualTo(2);
        }
    }

    @Test
    void readersBelowTheLabelAndUsersWithoutPermissionGetNothing() throws Exception {
        JournalView journal = journal("INTERNAL");
        long id = asOfficeHead(() -> {
            long created = editions.create(journal.id(), "INTERNAL", null).id();
            editions.addItem(
                    created,
                    new org.civitas.journal.EditionItemDraft(null, "阿坝州推进文旅融合发展", "<p>内容</p>", List.of(), null, null));
            editions.submitForSignOff(created);
            editions.release(created);
            return created;
        });
        // wenchuan.admin may read journals but is cleared for public items only
        mvc.perform(get("/admin/editions/{id}", id).with(as("wenchuan.admin")).accept("text/html"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/editions/{id}/pdf", id).with(as("wenchuan.admin")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/editions").with(as("wenchuan.admin")).param("journalId", String.valueOf(journal.id())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/admin/editions/" + id + "\""))));
        assertThat(runAs(
                        "wenchuan.admin",
                        () -> editions.count(new org.civitas.journal.EditionQuery(journal.id(), null, null))))
                .isZero();

        // the API answers as the console does
        mvc.perform(get("/api/v1/editions/{id}", id).with(as("wenchuan.admin"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/editions").with(as("wenchuan.admin")).param("journalId", String.valueOf(journal.id())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.items").isEmpty());
        mvc.perform(get("/api/v1/editions/{id}", id).with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id));
        mvc.perform(get("/api/v1/editions")
                        .with(as("admin"))
                        .param("journalId", String.valueOf(journal.id()))
                        .param("size", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.size").value(100))
                .andExpect(jsonPath("$.items[0].id").value(id));
        // a size above the largest is refused (issue 10: one paging rule for every list), no longer cut down
        mvc.perform(get("/api/v1/editions").with(as("admin")).param("size", "1000"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/editions").with(as("auditor"))).andExpect(status().isForbidden());

        mvc.perform(get("/admin/editions").with(as("auditor")).accept("text/html"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/forwards").with(as("wenchuan.admin")).accept("text/html"))
                .andExpect(status().isForbidden());
    }
}
