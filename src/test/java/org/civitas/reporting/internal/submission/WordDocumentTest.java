package org.civitas.reporting.internal.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.civitas.platform.DomainException;
import org.civitas.platform.RichText;
import org.civitas.reporting.WordFixtures;
import org.junit.jupiter.api.Test;

class WordDocumentTest {

    private static final long LIMIT = 5L * 1024 * 1024;

    @Test
    void aReportBecomesHeadingsFormattedTextAListATableAndAPicture() {
        WordDocument doc = WordDocument.read(new ByteArrayInputStream(WordFixtures.report("汶川县冬季取暖安全检查")), LIMIT);

        assertThat(doc.title()).isEqualTo("汶川县冬季取暖安全检查");
        assertThat(doc.pictures()).hasSize(1);
        assertThat(doc.pictures().getFirst().contentType()).isEqualTo("image/png");
        assertThat(doc.pictures().getFirst().content()).startsWith(WordFixtures.png()[0], WordFixtures.png()[1]);
        String html = doc.html(n -> "/admin/reporting/files/" + (100 + n));
        assertThat(html)
                .doesNotContain("汶川县冬季取暖安全检查") // it became the title: not said twice
                .startsWith("<h2>一、基本情况</h2>")
                .contains("<strong>12处</strong>")
                .contains("<em>全部整改</em>")
                .contains("<ul><li>城区供暖站</li><li>乡镇学校</li></ul>")
                .contains("<td>威州镇</td><td>5</td>")
                .contains("<img src=\"/admin/reporting/files/100\"");
        // the sanitizer keeps all of it
        RichText.Result clean = RichText.sanitize(html);
        assertThat(clean.changed()).isFalse();
        assertThat(clean.html())
                .contains("src=\"/admin/reporting/files/100\"")
                .contains("<table class=\"table table-bordered\">");
    }

    @Test
    void listsNumberedThroughTheirStyleNestedLevelsAndMergedTableCellsKeepTheirStructure() {
        WordDocument doc = WordDocument.read(new ByteArrayInputStream(WordFixtures.structured()), LIMIT);

        String html = doc.html(n -> "/admin/reporting/files/" + n);
        assertThat(html)
                .startsWith("<ul><li>组织领导</li><li>宣传发动</li></ul><p>主要做法如下：</p>")
                .contains("<ol><li>摸底排查<ul><li>建立台账</li><li>逐户走访</li></ul></li><li>整改落实</li></ol>")
                .contains("<thead><tr><th scope=\"col\">乡镇</th><th scope=\"col\" colspan=\"2\">排查情况</th></tr></thead>")
                .contains("<tbody><tr><td rowspan=\"2\">威州镇</td><td>隐患</td><td>5</td></tr>")
                .contains("<tr><td>已整改</td><td>4</td></tr></tbody>");
        RichText.Result clean = RichText.sanitize(html);
        assertThat(clean.changed()).isFalse();
    }

    @Test
    void refusesWhatIsNotAWordDocument() {
        assertRefused(new byte[0], "reporting.word.empty");
        assertRefused("就是一段文字".getBytes(StandardCharsets.UTF_8), "reporting.word.notDocx");
        assertRefused(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0}, "reporting.word.oldFormat");
        assertRefused(WordFixtures.truncated(4000), "reporting.word.corrupt");
        assertRefused(WordFixtures.plainZip(), "reporting.word.notDocx", "reporting.word.corrupt");
        byte[] big = new byte[(int) LIMIT + 1];
        big[0] = 'P';
        big[1] = 'K';
        assertRefused(big, "reporting.word.tooLarge");
    }

    private static void assertRefused(byte[] content, String... keys) {
        assertThatThrownBy(() -> WordDocument.read(new ByteArrayInputStream(content), LIMIT))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isIn((Object[]) keys);
                    assertThat(e.field()).isEqualTo("word");
                });
    }
}
