package org.civitas.exchange.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.civitas.CivitasApplication;
import org.civitas.exchange.dxl.archive.DxlImport;
import org.civitas.platform.DomainException;
import org.civitas.platform.RunningAs;
import org.civitas.support.CivitasIntegrationTest;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An operator imports an information office's Notes export with {@code import-dxl}, verifies it lossless, imports it
 * again (nothing changes), resumes an interrupted import, and meets broken exports: the commands' work run
 * in-process in the shared application, as the operator. Each test gives the fixture's UNIDs a random part of its
 * own, since the database is shared.
 */
@CivitasIntegrationTest
@DatabaseTest
class DxlImportIntegrationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path work;

    private final TestTerminal terminal = TestTerminal.english();
    private final Cli cli = new Cli(CivitasApplication.class, terminal.terminal, new CliMessages(Locale.ENGLISH));

    private String tag;

    /** The project's fixture with UNIDs of this test's own: ...{tag}... in place of the fixture's common part. */
    private Path fixture(String name) throws IOException {
        if (tag == null) {
            tag = HexFormat.of().formatHex(longBytes()).toUpperCase(Locale.ROOT);
        }
        try (InputStream in = getClass().getResourceAsStream("/dxl/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("B2C3D4E5F60718", tag);
            Path file = work.resolve(name);
            Files.writeString(file, text);
            return file;
        }
    }

    private static byte[] longBytes() {
        byte[] bytes = new byte[7];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }

    private String unid(String first, String last) {
        return first + tag + "293A4B5C6D7E8F" + last;
    }

    private Outcome importDxl(List<Path> files, DxlImport.Options options) {
        var command = new ImportDxlCommand(cli);
        command.files = files;
        return RunningAs.operator("cli:dxl-test", () -> command.work(options).apply(context));
    }

    private Outcome verify(List<Path> files) {
        var command = new VerifyImportCommand(cli);
        command.files = files;
        return RunningAs.operator("cli:dxl-test", () -> command.work().apply(context));
    }

    private String column(String column, String unid) {
        return jdbc.sql("select " + column + " from exchange_legacy_document where unid = ?")
                .param(unid)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private long count(String unidPrefixTag) {
        return jdbc.sql("select count(*) from exchange_legacy_document where unid like ?")
                .param("%" + unidPrefixTag + "%")
                .query(Long.class)
                .single();
    }

    @Test
    void importsVerifiesLosslessReimportsUnchangedAndMapsFormsToTheirTargets() throws IOException {
        Path export = fixture("information-office.xml");
        String report = unid("A1", "90");
        String instruction = unid("B1", "91");
        String memo = unid("C1", "92");

        Outcome first = importDxl(List.of(export), DxlImport.Options.standard());

        assertThat(first.note())
                .contains("Read 4 documents from 1 files: 4 new, 0 updated, 0 unchanged.")
                .contains("Files: 2 attachments and 1 pictures in rich text")
                .contains("Design notes (counted, not imported): agent 1, form 1, view 1; ACL entries: 3.")
                .contains("CN=无此人/O=阿坝州")
                .contains("Documents per target: archive 2, instruction 1, submission 1");
        assertThat(first.exitCode())
                .as("mapped targets not yet created are reported")
                .isEqualTo(ExitCodes.PARTIAL);
        assertThat(first.value()).isEqualTo("4");

        assertThat(column("form", report)).isEqualTo("信息");
        assertThat(column("target_type", report)).isEqualTo("submission");
        assertThat(column("mapped_json", report))
                .contains("\"title\":\"汶川县<迅速>开展防汛 & 抢险工作\"")
                .contains("\"adoptedAt\":\"20160413T101112,05+05:45\"")
                .contains("\"category\":[\"防汛\",\"应急\"]");
        assertThat(column("modified_lexical", report)).isEqualTo("20160413T101112,05+05:45");
        assertThat(column("parent_unid", instruction)).isEqualTo(report);
        assertThat(column("target_type", instruction)).isEqualTo("instruction");
        assertThat(column("target_type", memo)).isEqualTo("archive");
        assertThat(column("rich_text_html", report))
                .contains("/api/v1/blobs/")
                .contains("<table>")
                .doesNotContain("<script");
        assertThat(column("access_json", report)).contains("\"CN=无此人/O=阿坝州\":null");
        List<String> checksums = jdbc.sql("select a.sha256 || ' ' || b.sha256 from exchange_legacy_attachment a"
                        + " join exchange_legacy_document d on d.id = a.document_id join blob b on b.id = a.blob_id"
                        + " where d.unid = ? order by a.position_in_document")
                .param(report)
                .query(String.class)
                .list();
        assertThat(checksums).hasSize(3).allSatisfy(pair -> {
            String[] both = pair.split(" ");
            assertThat(both[0]).isEqualTo(both[1]);
        });

        Outcome verified = verify(List.of(export));
        assertThat(verified.value()).as(verified.note()).isEqualTo("lossless");
        assertThat(verified.exitCode()).isEqualTo(ExitCodes.OK);

        String before = column("imported_at", report);
        Outcome again = importDxl(List.of(export), DxlImport.Options.standard());
        assertThat(again.note()).contains("Read 4 documents from 1 files: 0 new, 0 updated, 4 unchanged.");
        assertThat(column("imported_at", report)).isEqualTo(before);
        assertThat(count(tag)).isEqualTo(4);

        jdbc.sql("update exchange_legacy_document set items_json = replace(items_json, '年终备忘', '年中备忘')"
                        + " where unid = ?")
                .param(memo)
                .update();
        Outcome tampered = verify(List.of(export));
        assertThat(tampered.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(tampered.note())
                .contains("1 differences")
                .contains("document " + memo + ": the item Subject differs");
    }

    @Test
    void anInterruptedImportResumesWithoutDuplicatesOrGaps() throws IOException {
        Path export = fixture("information-office.xml");

        assertThatThrownBy(() -> importDxl(List.of(export), new DxlImport.Options(1, 2)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(count(tag))
                .as("two batches of one were committed before the stop")
                .isEqualTo(2);

        Outcome resumed = importDxl(List.of(export), DxlImport.Options.standard());
        assertThat(resumed.note()).contains("4 documents from 1 files: 2 new, 0 updated, 2 unchanged.");
        assertThat(count(tag)).isEqualTo(4);
        assertThat(verify(List.of(export)).value()).isEqualTo("lossless");
    }

    @Test
    void brokenExportsAreRefusedWithWhereTheProblemIsAndLeaveNothingBehind() throws IOException {
        Path good = fixture("single-note.xml");
        Path malformed = fixture("malformed.xml");
        Path notDxl = fixture("not-dxl.xml");

        assertThatThrownBy(() -> importDxl(List.of(good, malformed), DxlImport.Options.standard()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("dxl.invalid");
                    assertThat(e.arguments()[1]).isEqualTo(5);
                    assertThat(context.getMessage(e.messageKey(), e.arguments(), Locale.ENGLISH))
                            .contains("malformed.xml is not a valid DXL export (line 5, column")
                            .endsWith("Nothing was imported.");
                });
        assertThatThrownBy(() -> importDxl(List.of(notDxl), DxlImport.Options.standard()))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(String.valueOf(e.arguments()[3])).contains("<blob> is not a value of an item"));
        assertThat(count(tag))
                .as("the good file before the broken one was not imported either")
                .isZero();
    }
}
