package org.civitas.exchange.dxl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DXL reader on Civitas's own fixtures: every item type, flags, times as written, files, rich text. */
class DxlReaderTest {

    @TempDir
    Path temp;

    private final List<String> designNotes = new ArrayList<>();
    private final List<Map<String, String>> acl = new ArrayList<>();

    private List<DxlDocument> read(String fixture, Path fileDirectory) {
        List<DxlDocument> documents = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/dxl/" + fixture)) {
            new DxlReader(fileDirectory).read(in, new DxlReader.Listener() {
                @Override
                public void document(DxlDocument document) {
                    documents.add(document);
                }

                @Override
                public void designNote(String element, int line) {
                    designNotes.add(element);
                }

                @Override
                public void aclEntry(Map<String, String> attributes) {
                    acl.add(attributes);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }

    private static Map<String, DxlItem> items(DxlDocument document) {
        return document.items().stream()
                .filter(i -> !i.name().equals("$FILE"))
                .collect(Collectors.toMap(DxlItem::name, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    @Test
    void readsEveryItemTypeWithItsFlagsAndValuesAsWritten() {
        List<DxlDocument> documents = read("information-office.xml", null);

        assertThat(documents)
                .extracting(DxlDocument::kind)
                .containsExactly("document", "document", "document", "profiledocument");
        assertThat(designNotes).containsExactly("form", "view", "agent");
        assertThat(acl).extracting(a -> a.get("name")).contains("CN=张伟/OU=信息科/O=阿坝州", "[信息员]");

        DxlDocument report = documents.getFirst();
        assertThat(report.form()).isEqualTo("信息");
        assertThat(report.noteInfo().unid()).isEqualTo("A1B2C3D4E5F60718293A4B5C6D7E8F90");
        assertThat(report.noteInfo().noteId()).isEqualTo("8fa");
        assertThat(report.noteInfo().sequence()).isEqualTo("7");
        assertThat(report.noteInfo().times())
                .containsEntry("created", "20160412T093015,27+08")
                .containsEntry("modified", "20160413T101112,05+05:45")
                .containsEntry("revised", "20160413T101112,04+0530")
                .containsEntry("lastaccessed", "20160414T000000,99-0930");
        assertThat(report.noteInfo().dst()).containsEntry("created", "true");
        assertThat(report.prolog().get("updatedby")).containsExactly("CN=李娜/OU=汶川县/O=阿坝州", "CN=张伟/OU=信息科/O=阿坝州");

        Map<String, DxlItem> items = items(report);
        assertThat(items.get("Subject").values()).containsExactly("汶川县<迅速>开展防汛 & 抢险工作");
        assertThat(items.get("Subject").flags()).containsEntry("summary", "true");
        assertThat(items.get("Note").values()).containsExactly("第一行\n第二行  两个空格\u0001结束");
        assertThat(items.get("DocAuthors").flagged("authors")).isTrue();
        assertThat(items.get("DocAuthors").type()).isEqualTo("textlist");
        assertThat(items.get("DocReaders").flagged("readers")).isTrue();
        assertThat(items.get("DocReaders").flags()).containsEntry("summary", "false");
        assertThat(items.get("DocReaders").values()).hasSize(3);
        assertThat(items.get("Score").values()).containsExactly("3.5");
        assertThat(items.get("Scores").values()).containsExactly("1", "-2.25", "1.0E10");
        assertThat(items.get("SentDate").values()).containsExactly("20160412T093015,27+08");
        assertThat(items.get("SentDate").valueAttributes()).containsExactly(Map.of("dst", "true"));
        assertThat(items.get("AdoptedDate").values()).containsExactly("20160413T101112,05+05:45");
        assertThat(items.get("ReturnedDate").values()).containsExactly("20160413T101112,06+0530");
        assertThat(items.get("DueDay").values()).containsExactly("20160420");
        assertThat(items.get("Period").values())
                .containsExactly("20160401T000000,00+08", "20160401T080000,00+08/20160430T180000,00+08");
        assertThat(items.get("Period").valueAttributes().get(1)).containsEntry("dst", "true");
        assertThat(items.get("Locked").flags())
                .containsEntry("protected", "true")
                .containsEntry("sign", "true")
                .containsEntry("seal", "true");
        assertThat(items.get("Empty").values()).containsExactly("");
        assertThat(items.get("$Formula").type()).isEqualTo("formula");
        assertThat(items.get("$Formula").values()).containsExactly("@If(Status = \"已采用\"; \"采用\"; \"\")");
        assertThat(items.get("$Raw").typeAttributes()).containsEntry("type", "1");
        assertThat(items.get("$Raw").values()).containsExactly("AAECAwQ=");
    }

    @Test
    void keepsRichTextAsDxlAndRendersItAsHtmlWithItsPictureAndTable() {
        DxlDocument report = read("information-office.xml", null).getFirst();

        DxlItem body = items(report).get("Body");
        assertThat(body.type()).isEqualTo("richtext");
        assertThat(body.firstValue())
                .startsWith("<richtext>")
                .contains("<font style=\"bold\"></font>4月12日，")
                .contains("<gif>R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==</gif>")
                .contains("&lt;script&gt;");
        String html = report.richTextHtml().get("Body");
        assertThat(html)
                .contains("<p>4月12日，汶川县遭遇强降雨。<br>已转移群众 1,200 人。</p>")
                .contains("<img src=\"dxl-picture:0\" alt=\"\">")
                .contains("<table>", "<tr><td><p>乡镇</p></td>", "&lt;script&gt;");
    }

    @Test
    void decodesAttachmentsAndPicturesIntoFilesWithTheirChecksums() throws Exception {
        DxlDocument report = read("information-office.xml", temp).getFirst();

        assertThat(report.files())
                .extracting(DxlFile::kind, DxlFile::fileName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("picture", "Body-1.gif"),
                        org.assertj.core.groups.Tuple.tuple("attachment", "汶川县防汛简报.txt"),
                        org.assertj.core.groups.Tuple.tuple("attachment", "table.bin"));
        DxlFile briefing = report.files().get(1);
        byte[] expected = "汶川县防汛简报：各乡镇加强值守。\n".getBytes(StandardCharsets.UTF_8);
        assertThat(Files.readAllBytes(briefing.content())).isEqualTo(expected);
        assertThat(briefing.size()).isEqualTo(expected.length);
        assertThat(briefing.sha256())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(expected)));
        assertThat(briefing.created()).isEqualTo("20160412T092800,11+08");
        assertThat(briefing.attributes()).containsEntry("hosttype", "msdos").containsEntry("created.dst", "true");
        assertThat(report.files().get(2).size()).isEqualTo(256 * 40);
        assertThat(report.files().get(0).size()).isEqualTo(43);
        assertThat(items(report).get("Body").firstValue()).isNotNull();
    }

    @Test
    void findsTheParentOfAResponseAndReadsASingleNoteExport() {
        List<DxlDocument> documents = read("information-office.xml", null);
        assertThat(documents.get(1).parentUnid()).isEqualTo("A1B2C3D4E5F60718293A4B5C6D7E8F90");
        assertThat(documents.get(0).parentUnid()).isNull();

        List<DxlDocument> single = read("single-note.xml", null);
        assertThat(single).singleElement().satisfies(d -> assertThat(d.form()).isEqualTo("信息"));
    }

    @Test
    void refusesMalformedXmlAndWhatIsNotDxlWithWhereItIs() {
        assertThatThrownBy(() -> read("malformed.xml", null)).isInstanceOfSatisfying(DxlProblem.class, p -> {
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.column()).isPositive();
            assertThat(p.reason()).contains("text");
        });
        assertThatThrownBy(() -> read("not-dxl.xml", null)).isInstanceOfSatisfying(DxlProblem.class, p -> {
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.reason()).contains("<blob>");
        });
    }

    @Test
    void refusesAttachmentDataThatIsNotBase64() {
        String export = "<database xmlns='http://www.lotus.com/dxl'><document form='x'>"
                + "<noteinfo unid='0123456789ABCDEF0123456789ABCDEF' sequence='1'/>"
                + "<item name='$FILE'><object><file name='a.txt'>\n<created><datetime>20160101</datetime></created>"
                + "<modified><datetime>20160101</datetime></modified>\n<filedata>bm90 IGJhc2U2NA=*=</filedata>"
                + "</file></object></item></document></database>";
        assertThatThrownBy(() -> new DxlReader(null)
                        .read(new java.io.ByteArrayInputStream(export.getBytes(StandardCharsets.UTF_8)), d -> {}))
                .isInstanceOfSatisfying(DxlProblem.class, p -> {
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.reason()).startsWith("invalid Base64 content");
                });
    }
}
