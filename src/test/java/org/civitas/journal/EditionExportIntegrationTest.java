package org.civitas.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.civitas.identity.OrganisationDirectory;
import org.civitas.platform.NotFoundException;
import org.civitas.support.DatabaseTest;
import org.civitas.workflow.ReviewChainDefinition;
import org.civitas.workflow.ReviewChainService;
import org.civitas.workflow.WorkflowPermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@DatabaseTest
@SpringBootTest(properties = {"civitas.demo.mode=always", "civitas.identity.admin-password=Site#Test-2026"})
@RecordApplicationEvents
class EditionExportIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(EditionExportIntegrationTest.class);

    @Autowired
    JournalService journals;

    @Autowired
    EditionService editions;

    @Autowired
    EditionExports exports;

    @Autowired
    ForwardService forwards;

    @Autowired
    ReviewChainService chains;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void signIn() {
        JournalTestUsers.signInOffice();
    }

    @AfterEach
    void signOut() {
        JournalTestUsers.signOut();
    }

    private long org(String code) {
        return organisations.all().stream()
                .filter(o -> o.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private JournalView journal() {
        String chain = JournalTestUsers.newCode("export");
        JournalTestUsers.signIn(
                JournalTestUsers.user(910_030L, "chains", 1L, "PUBLIC", WorkflowPermissions.CHAIN_WRITE));
        chains.define(new ReviewChainDefinition(chain, "直接签发", List.of()));
        JournalTestUsers.signInOffice();
        String code = JournalTestUsers.newCode("special");
        return journals.define(new JournalDefinition(
                code,
                "专报" + code.substring(code.indexOf('-') + 1),
                JournalLevel.MUNICIPAL,
                JournalDefinition.DEFAULT_NUMBER_FORMAT,
                "INTERNAL",
                List.of(org("wenchuan")),
                List.of(),
                "PUBLIC",
                "阿坝州人民政府办公室",
                JournalLayout.RED_MASTHEAD,
                chain));
    }

    private long releasedEdition(JournalView journal, int items) {
        long id = editions.create(journal.id(), null, "现将近期各地重点工作情况编发如下。").id();
        for (int i = 1; i <= items; i++) {
            editions.addItem(
                    id,
                    new EditionItemDraft(
                            i % 2 == 0 ? "县市动态" : "要情专报",
                            "第" + i + "篇：汶川县扎实推进灾后恢复重建工作",
                            "<p>近日，汶川县组织力量对受损道路、桥梁和供水设施进行全面排查，已修复道路" + i + "公里。</p><p>下一步，该县将统筹资金，确保群众安全度汛。</p>",
                            List.of(new Credit(org("wenchuan"), null)),
                            "reporting.adoption",
                            String.valueOf(i)));
        }
        editions.submitForSignOff(id);
        editions.release(id);
        return id;
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The watermark is drawn diagonally, so text extraction breaks it into short lines: join them. */
    private static String watermarks(String text) {
        return text.replaceAll("\\s+", "");
    }

    @Test
    void aThirtyItemEditionExportsToPdfAndDocxWithMastheadNumberItemsAndTheReadersWatermark() throws Exception {
        JournalView journal = journal();
        long id = releasedEdition(journal, 30);
        EditionView edition = editions.get(id);

        long started = System.nanoTime();
        ExportedFile pdf = exports.pdf(id);
        log.info(
                "Exported a 30-item edition to PDF in {} ms ({} bytes)",
                (System.nanoTime() - started) / 1_000_000,
                pdf.content().length);
        java.nio.file.Path sample = java.nio.file.Path.of("target", "exports", "edition-30-items.pdf");
        java.nio.file.Files.createDirectories(sample.getParent());
        java.nio.file.Files.write(sample, pdf.content());
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.filename()).endsWith(".pdf").contains(journal.name());
        String text = pdfText(pdf.content());
        assertThat(text)
                .contains(journal.name(), edition.numberText(), "阿坝州人民政府办公室", "编者按")
                .contains("第1篇：汶川县扎实推进灾后恢复重建工作", "第30篇：汶川县扎实推进灾后恢复重建工作")
                .contains("要情专报", "县市动态", "汶川县人民政府 供稿");
        assertThat(watermarks(text)).contains("office（office）");
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            assertThat(document.getNumberOfPages()).isGreaterThan(3);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document))
                        .as("watermark on page %d", page)
                        .contains("office（office）");
            }
        }

        ExportedFile docx = exports.docx(id);
        assertThat(docx.filename()).endsWith(".docx");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.content()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText())
                    .contains(journal.name(), edition.numberText(), "阿坝州人民政府办公室")
                    .contains("第1篇：汶川县扎实推进灾后恢复重建工作", "第30篇：汶川县扎实推进灾后恢复重建工作", "已修复道路30公里");
        }
        assertThat(events.stream(EditionDownloaded.class))
                .extracting(EditionDownloaded::format)
                .containsExactly("pdf", "docx");
    }

    @Test
    void readersDownloadWithTheirNameInTheWatermarkAndOthersGetNothing() throws Exception {
        JournalView journal = journal();
        long id = releasedEdition(journal, 2);

        JournalTestUsers.signIn(JournalTestUsers.user(
                910_031L, "reader.wenchuan", org("wenchuan"), "INTERNAL", JournalPermissions.READ));
        assertThat(watermarks(pdfText(exports.pdf(id).content()))).contains("reader.wenchuan（reader.wenchuan）");

        JournalTestUsers.signIn(
                JournalTestUsers.user(910_032L, "reader.public", org("wenchuan"), "PUBLIC", JournalPermissions.READ));
        assertThatThrownBy(() -> exports.pdf(id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> exports.docx(id)).isInstanceOf(NotFoundException.class);
        JournalTestUsers.signIn(JournalTestUsers.user(
                910_033L, "reader.elsewhere", org("jiuzhaigou"), "SENSITIVE", JournalPermissions.READ));
        assertThatThrownBy(() -> exports.pdf(id)).isInstanceOf(NotFoundException.class);
        assertThat(events.stream(EditionDownloaded.class)).hasSize(1);
    }

    @Test
    void forwardingMakesAPackageWithPdfDocxAndManifestAndRecordsIt() throws Exception {
        JournalView journal = journal();
        long id = releasedEdition(journal, 3);
        long draft = editions.create(journal.id(), null, null).id();

        assertThatThrownBy(() -> forwards.forward(id, " ", ForwardMethod.GOVERNMENT_NETWORK, null))
                .isInstanceOfSatisfying(
                        org.civitas.platform.DomainException.class,
                        e -> assertThat(e.field()).isEqualTo("recipient"));
        assertThatThrownBy(() -> forwards.forward(id, "四川省人民政府办公厅", null, null))
                .isInstanceOfSatisfying(
                        org.civitas.platform.DomainException.class,
                        e -> assertThat(e.field()).isEqualTo("method"));
        assertThatThrownBy(() -> forwards.forward(draft, "四川省人民政府办公厅", ForwardMethod.EMAIL, null))
                .isInstanceOfSatisfying(
                        org.civitas.platform.DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("journal.forward.notSignedOff"));
        assertThat(forwards.ofEdition(id)).isEmpty();
        assertThat(events.stream(EditionForwarded.class)).isEmpty();

        ForwardService.Forwarded sent = forwards.forward(id, "四川省人民政府办公厅", ForwardMethod.GOVERNMENT_NETWORK, "按要求报送");
        assertThat(sent.file().filename()).endsWith(".zip");
        java.util.Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (var zip = new java.util.zip.ZipInputStream(
                new ByteArrayInputStream(sent.file().content()))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        assertThat(entries.keySet()).hasSize(3).contains("manifest.json");
        assertThat(entries.keySet()).anyMatch(n -> n.endsWith(".pdf")).anyMatch(n -> n.endsWith(".docx"));
        String manifest = new String(entries.get("manifest.json"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(manifest)
                .contains("四川省人民政府办公厅", "GOVERNMENT_NETWORK", editions.get(id).numberText(), "第3篇：汶川县扎实推进灾后恢复重建工作");
        assertThat(sent.record().packageSha256()).hasSize(64);
        assertThat(forwards.ofEdition(id)).extracting(ForwardView::recipient).containsExactly("四川省人民政府办公厅");
        assertThat(forwards.list())
                .extracting(ForwardView::id)
                .contains(sent.record().id());
        assertThat(events.stream(EditionForwarded.class)).hasSize(1);
    }
}
