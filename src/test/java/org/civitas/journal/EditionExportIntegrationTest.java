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
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.platform.NotFoundException;
import org.civitas.storage.BlobStore;
import org.civitas.storage.StoragePermissions;
import org.civitas.support.CivitasIntegrationTest;
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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@DatabaseTest
@CivitasIntegrationTest
@RecordApplicationEvents
class EditionExportIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(EditionExportIntegrationTest.class);

    @Autowired
    JournalService journals;

    @Autowired
    EditionService editions;

    @Autowired
    EditionExporter exports;

    @Autowired
    ForwardService forwards;

    @Autowired
    ReviewChainService chains;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    ApplicationEvents events;

    @Autowired
    BlobStore blobs;

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

    /** A PNG of {@code width} × {@code height} pixels. */
    static byte[] png(int width, int height) throws java.io.IOException {
        var image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new java.awt.Color(0x1f, 0x6f, 0xb2));
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private long store(byte[] content, String filename, String contentType) {
        // the office compiles with pictures it uploaded itself (it holds no storage:read)
        JournalTestUsers.signIn(JournalTestUsers.user(
                910_000L,
                "office",
                1L,
                "SENSITIVE",
                JournalPermissions.COMPILE,
                JournalPermissions.READ,
                StoragePermissions.UPLOAD));
        try {
            return blobs.store(new ByteArrayInputStream(content), filename, contentType)
                    .id();
        } finally {
            JournalTestUsers.signInOffice();
        }
    }

    @Test
    void tablesListsAndEmphasisOfTheItemsKeepTheirStructureInAValidA4WordFileAndThePdf() throws Exception {
        JournalView journal = journal();
        long id = editions.create(journal.id(), null, null).id();
        editions.addItem(
                id,
                new EditionItemDraft(
                        "要情专报",
                        "汶川县冬季安全检查情况",
                        "<p>全县共排查隐患<strong>12处</strong>，主要做法如下：</p>"
                                + "<ol><li>摸底排查<ul><li>建立台账</li><li>逐户走访</li></ul></li><li>整改落实</li></ol>"
                                + "<table class=\"table table-bordered\"><thead><tr><th scope=\"col\">乡镇</th>"
                                + "<th scope=\"col\" colspan=\"2\">排查情况</th></tr></thead><tbody>"
                                + "<tr><td rowspan=\"2\">威州镇</td><td>隐患</td><td>5</td></tr>"
                                + "<tr><td>已整改</td><td>4</td></tr></tbody></table>"
                                + "<p>检查工作将持续到明年三月。</p>",
                        List.of(new Credit(org("wenchuan"), null)),
                        "reporting.adoption",
                        "2"));
        editions.submitForSignOff(id);
        editions.release(id);

        ExportedFile docx = exports.docx(id);
        java.nio.file.Path sample = java.nio.file.Path.of("target", "exports", "edition-with-table.docx");
        java.nio.file.Files.createDirectories(sample.getParent());
        java.nio.file.Files.write(sample, docx.content());
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.content()))) {
            // one table, laid out on its grid: the merged header spans two columns, 威州镇 spans two rows
            assertThat(document.getTables()).hasSize(1);
            var table = document.getTables().getFirst();
            assertThat(table.getRows()).hasSize(3);
            assertThat(table.getRow(0).getCell(1).getText()).isEqualTo("排查情况");
            assertThat(table.getRow(0)
                            .getCell(1)
                            .getCTTc()
                            .getTcPr()
                            .getGridSpan()
                            .getVal()
                            .intValue())
                    .isEqualTo(2);
            assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("威州镇");
            assertThat(table.getRow(2).getTableCells()).hasSize(3);
            assertThat(table.getRow(2).getCell(0).getCTTc().getTcPr().getVMerge())
                    .isNotNull();
            assertThat(table.getRow(2).getCell(1).getText()).isEqualTo("已整改");
            // the list's items, each its own paragraph of a real Word list (the numbering part), nested by level:
            // Word draws the numbers and bullets, none is typed into the text
            List<String> paragraphs = document.getParagraphs().stream()
                    .map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText)
                    .toList();
            assertThat(paragraphs).contains("摸底排查", "建立台账", "逐户走访", "整改落实");
            assertThat(paragraphs).noneMatch(p -> p.matches("^(\\d+\\.|[•◦▪]).*"));
            var first = paragraph(document, "摸底排查");
            var nested = paragraph(document, "建立台账");
            var second = paragraph(document, "整改落实");
            assertThat(document.getNumbering()).isNotNull();
            assertThat(first.getNumID()).isNotNull().isEqualTo(second.getNumID());
            assertThat(first.getNumIlvl()).hasToString("0");
            assertThat(first.getNumFmt()).isEqualTo("decimal");
            assertThat(nested.getNumID()).isNotNull().isNotEqualTo(first.getNumID());
            assertThat(nested.getNumIlvl()).hasToString("1");
            assertThat(nested.getNumFmt()).isEqualTo("bullet");
            assertThat(paragraph(document, "逐户走访").getNumID()).isEqualTo(nested.getNumID());
            assertThat(document.getParagraphs().stream()
                            .flatMap(p -> p.getRuns().stream())
                            .filter(r -> "12处".equals(r.text())))
                    .allMatch(org.apache.poi.xwpf.usermodel.XWPFRun::isBold)
                    .isNotEmpty();
            // A4 with the official margins, and a page number field in the footer
            var section = document.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW()).hasToString("11906");
            assertThat(section.getPgSz().getH()).hasToString("16838");
            // 公文 margins (GB/T 9704): top 37 mm, bottom 35 mm, left 28 mm, right 26 mm, in twips
            var margins = section.getPgMar();
            assertThat(List.of(margins.getTop(), margins.getBottom(), margins.getLeft(), margins.getRight()))
                    .map(Object::toString)
                    .containsExactly("2098", "1984", "1587", "1474");
            assertThat(document.getFooterList()).isNotEmpty();
            assertThat(document.getFooterList()
                            .getFirst()
                            .getParagraphs()
                            .getFirst()
                            .getCTP()
                            .xmlText())
                    .contains("PAGE");
            // valid: no paragraph carries its properties twice (Word then asks to repair the file)
            for (var paragraph : document.getDocument().getBody().getPArray()) {
                assertThat(paragraph.xmlText().split("<w:pPr", -1).length - 1)
                        .as("w:pPr in %s", paragraph.xmlText())
                        .isLessThanOrEqualTo(1);
            }
        }
        byte[] pdf = exports.pdf(id).content();
        String text = pdfText(pdf);
        assertThat(text).contains("摸底排查", "建立台账", "排查情况", "威州镇", "已整改", "检查工作将持续到明年三月。");
        // the PDF: A4 pages numbered in the footer as — N —
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var page = document.getPage(0).getMediaBox();
            assertThat(Math.round(page.getWidth())).isEqualTo(595);
            assertThat(Math.round(page.getHeight())).isEqualTo(842);
        }
        assertThat(text).containsPattern("— ?1 ?—");
    }

    /**
     * The Word file opens in an office suite without a repair: LibreOffice converts it (it refuses a broken
     * package) and its rendering shows the lists' numbers drawn from the numbering part. Skipped where
     * LibreOffice is not installed.
     */
    @Test
    void theWordFileOpensInLibreOfficeWithItsListsTablesAndPictures() throws Exception {
        java.nio.file.Path soffice = java.nio.file.Path.of("/usr/bin/soffice");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                java.nio.file.Files.isExecutable(soffice), "LibreOffice (/usr/bin/soffice) is not installed");
        JournalView journal = journal();
        long picture = store(png(300, 200), "排查现场.png", "image/png");
        long id = editions.create(journal.id(), null, null).id();
        editions.addItem(
                id,
                new EditionItemDraft(
                        "要情专报",
                        "汶川县冬季安全检查情况",
                        "<p>主要做法如下：</p><ol><li><p>摸底排查</p></li><li>整改落实</li></ol>"
                                + "<ul><li>威州镇</li><li>映秀镇</li></ul>"
                                + "<table><tr><th>乡镇</th><th>隐患</th></tr><tr><td>威州镇</td><td>5</td></tr></table>"
                                + "<p><img src=\"/api/v1/blobs/" + picture + "\" alt=\"现场\"></p>",
                        List.of(new Credit(org("wenchuan"), null)),
                        "reporting.adoption",
                        "3"));
        editions.submitForSignOff(id);
        editions.release(id);
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("civitas-docx-");
        java.nio.file.Path docx = java.nio.file.Files.write(
                dir.resolve("edition.docx"), exports.docx(id).content());

        // a profile of its own: another LibreOffice running on the machine must not share (and lock) it
        Process convert = new ProcessBuilder(
                        soffice.toString(),
                        "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                        "--headless",
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        dir.toString(),
                        docx.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile())
                .start();
        boolean done = convert.waitFor(300, java.util.concurrent.TimeUnit.SECONDS);
        if (!done) {
            convert.destroyForcibly();
        }
        String log = java.nio.file.Files.readString(dir.resolve("soffice.log"));
        assertThat(done).as("LibreOffice finished: %s", log).isTrue();
        assertThat(convert.exitValue()).as(log).isZero();
        java.nio.file.Path converted = dir.resolve("edition.pdf");
        assertThat(converted).as(log).exists();

        try (PDDocument pdf = Loader.loadPDF(java.nio.file.Files.readAllBytes(converted))) {
            var page = pdf.getPage(0).getMediaBox();
            assertThat(Math.round(page.getWidth())).isEqualTo(595);
            assertThat(Math.round(page.getHeight())).isEqualTo(842);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).containsPattern("1\\.\\s*摸底排查").containsPattern("2\\.\\s*整改落实");
            assertThat(text).containsPattern("•\\s*威州镇");
            assertThat(text).contains("乡镇", "隐患", "— 1 —");
            // the picture is embedded in the Word file, so LibreOffice drew it
            long images = 0;
            for (var p : pdf.getPages()) {
                for (var name : p.getResources().getXObjectNames()) {
                    if (p.getResources().isImageXObject(name)) {
                        images++;
                    }
                }
            }
            assertThat(images).isPositive();
        }
    }

    private static org.apache.poi.xwpf.usermodel.XWPFParagraph paragraph(XWPFDocument document, String text) {
        return document.getParagraphs().stream()
                .filter(p -> p.getText().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph " + text));
    }

    @Test
    void picturesOfTheItemsAreEmbeddedInThePdfAndTheWordFileNoWiderThanTheText() throws Exception {
        JournalView journal = journal();
        // a submission's picture (as adopted items carry them) wider than the page, and one uploaded in the console
        long wide = store(png(2400, 600), "灾后重建现场.png", "image/png");
        long small = store(png(120, 80), "标识.png", "image/png");
        long text = store("不是图片".getBytes(java.nio.charset.StandardCharsets.UTF_8), "说明.txt", "text/plain");
        long id = editions.create(journal.id(), null, null).id();
        editions.addItem(
                id,
                new EditionItemDraft(
                        "要情专报",
                        "汶川县完成受损道路修复",
                        "<p>道路修复前后对比如下。</p><p><img src=\"/admin/reporting/files/" + wide + "\" alt=\"现场\"></p>"
                                + "<p>修复工作由县交通运输局组织实施。<img src=\"/api/v1/blobs/" + small + "\"></p>"
                                + "<p><img src=\"/admin/reporting/files/" + text
                                + "\">"
                                + "<img src=\"https://example.invalid/remote.png\">下一步将继续排查。</p>",
                        List.of(new Credit(org("wenchuan"), null)),
                        "reporting.adoption",
                        "1"));
        editions.submitForSignOff(id);
        editions.release(id);

        // a reader in the audience exports it: the pictures come with the edition, not with reporting rights
        JournalTestUsers.signIn(JournalTestUsers.user(
                910_035L, "leader.wenchuan", org("wenchuan"), "INTERNAL", JournalPermissions.READ));
        ExportedFile pdf = exports.pdf(id);
        java.nio.file.Path sample = java.nio.file.Path.of("target", "exports", "edition-with-pictures.pdf");
        java.nio.file.Files.createDirectories(sample.getParent());
        java.nio.file.Files.write(sample, pdf.content());
        assertThat(pdfText(pdf.content())).contains("道路修复前后对比如下。", "修复工作由县交通运输局组织实施。", "下一步将继续排查。");
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            List<PlacedImage> images = PlacedImage.on(document);
            assertThat(images).extracting(PlacedImage::pixelWidth).containsExactlyInAnyOrder(2400, 120);
            float textWidth = (210 - 28 - 26) / 25.4f * 72;
            PlacedImage placedWide = images.stream()
                    .filter(i -> i.pixelWidth() == 2400)
                    .findFirst()
                    .orElseThrow();
            assertThat(placedWide.width()).isLessThanOrEqualTo(textWidth + 1).isGreaterThan(textWidth / 2);
            assertThat(placedWide.height()).isCloseTo(placedWide.width() / 4, org.assertj.core.data.Offset.offset(2f));
        }

        ExportedFile docx = exports.docx(id);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.content()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertThat(document.getAllPictures()).hasSize(2);
            List<org.apache.poi.xwpf.usermodel.XWPFPicture> placed = document.getParagraphs().stream()
                    .flatMap(p -> p.getRuns().stream())
                    .flatMap(r -> r.getEmbeddedPictures().stream())
                    .toList();
            assertThat(placed).hasSize(2);
            double textWidth = (210 - 28 - 26) / 25.4 * 72;
            assertThat(placed.getFirst().getWidth()).isCloseTo(textWidth, org.assertj.core.data.Offset.offset(1.0));
            assertThat(placed.getFirst().getDepth()).isCloseTo(textWidth / 4, org.assertj.core.data.Offset.offset(1.0));
            assertThat(placed.get(1).getWidth()).isCloseTo(90.0, org.assertj.core.data.Offset.offset(0.5));
            // the pictures stand where they were: between the paragraphs around them
            String body = extractor.getText();
            assertThat(body).contains("道路修复前后对比如下。", "修复工作由县交通运输局组织实施。", "下一步将继续排查。");
            List<String> paragraphs = document.getParagraphs().stream()
                    .map(p -> p.getRuns().stream()
                                    .anyMatch(r -> !r.getEmbeddedPictures().isEmpty())
                            ? "[picture]"
                            : p.getText())
                    .filter(t -> !t.isBlank())
                    .toList();
            assertThat(paragraphs)
                    .containsSubsequence("道路修复前后对比如下。", "[picture]", "修复工作由县交通运输局组织实施。", "[picture]", "下一步将继续排查。");
        }
    }

    /** An image drawn on a page: its pixel width and its size on the page in points. */
    record PlacedImage(int pixelWidth, float width, float height) {

        static List<PlacedImage> on(PDDocument document) throws java.io.IOException {
            List<PlacedImage> placed = new java.util.ArrayList<>();
            var engine = new org.apache.pdfbox.contentstream.PDFStreamEngine() {
                {
                    addOperator(new org.apache.pdfbox.contentstream.operator.state.Concatenate(this));
                    addOperator(new org.apache.pdfbox.contentstream.operator.state.Save(this));
                    addOperator(new org.apache.pdfbox.contentstream.operator.state.Restore(this));
                    addOperator(new org.apache.pdfbox.contentstream.operator.state.SetMatrix(this));
                }

                @Override
                protected void processOperator(
                        org.apache.pdfbox.contentstream.operator.Operator operator,
                        List<org.apache.pdfbox.cos.COSBase> operands)
                        throws java.io.IOException {
                    if ("Do".equals(operator.getName())) {
                        var name = (org.apache.pdfbox.cos.COSName) operands.getFirst();
                        var object = getResources().getXObject(name);
                        if (object instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image) {
                            var ctm = getGraphicsState().getCurrentTransformationMatrix();
                            placed.add(new PlacedImage(
                                    image.getWidth(),
                                    Math.abs(ctm.getScalingFactorX()),
                                    Math.abs(ctm.getScalingFactorY())));
                        } else if (object instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                            showForm(form);
                        }
                    } else {
                        super.processOperator(operator, operands);
                    }
                }
            };
            for (var page : document.getPages()) {
                engine.processPage(page);
            }
            return placed;
        }
    }

    @Test
    void compilersPutOnlyPicturesTheyMayReadThemselvesIntoAnEdition() throws Exception {
        JournalView journal = journal();
        long own = store(png(10, 10), "自己的.png", "image/png");
        long id = editions.create(journal.id(), null, null).id();
        editions.addItem(
                id,
                new EditionItemDraft(
                        null, "有图", "<p>图：<img src=\"/api/v1/blobs/" + own + "\"></p>", List.of(), null, null));

        long unattached = store(png(12, 12), "未用的.png", "image/png");

        // another compiler may not use the first one's upload that no record carries, at whatever address
        JournalTestUsers.signIn(JournalTestUsers.user(
                910_036L, "compiler.other", 1L, "SENSITIVE", JournalPermissions.COMPILE, JournalPermissions.READ));
        long other = editions.create(journal.id(), null, null).id();
        for (String address : List.of(
                "/api/v1/blobs/" + unattached,
                "/admin/reporting/files/" + unattached,
                "/admin/editions/" + id + "/pictures/987654321",
                "/api/v1/blobs/987654321")) {
            assertThatThrownBy(() -> editions.addItem(
                            other,
                            new EditionItemDraft(
                                    null, "借图", "<p>图：<img src=\"" + address + "\"></p>", List.of(), null, null)))
                    .as(address)
                    .isInstanceOfSatisfying(org.civitas.platform.DomainException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("journal.item.picture.unknown");
                        assertThat(e.field()).isEqualTo("bodyHtml");
                    });
        }
        assertThat(editions.get(other).itemCount()).isZero();
        // a picture the compiler sees in an edition may be reused, from there or as the stored file it is: a file
        // of a record one may read may be attached to another
        editions.addItem(
                other,
                new EditionItemDraft(
                        null,
                        "转用",
                        "<p>图：<img src=\"/admin/editions/" + id + "/pictures/" + own + "\"></p>",
                        List.of(),
                        null,
                        null));
        assertThat(editions.get(other).itemCount()).isOne();
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
