package org.civitas.exchange.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.civitas.exchange.dxl.archive.DxlVerification;
import org.civitas.exchange.dxl.archive.ImportReport;
import org.junit.jupiter.api.Test;

/** The import report and the verification result as the operator and a script read them, in both languages. */
class DxlReportTextTest {

    private static ImportReport report() {
        ImportReport report = new ImportReport();
        report.files = 1;
        report.documents = 3;
        report.created = 2;
        report.unchanged = 1;
        report.forms.put("信息", 2);
        report.forms.put("", 1);
        report.itemTypes.put("text", 12);
        report.unmatchedNames.add("CN=无此人/O=阿坝州");
        return report;
    }

    @Test
    void showsTheReportInTheOperatorsLanguageAndAsJson() {
        String english = new DxlReportText(new CliMessages(Locale.ENGLISH)).report(report());
        assertThat(english)
                .contains("Read 3 documents from 1 files: 2 new, 0 updated, 1 unchanged.")
                .contains("Documents per form: (no form) 1, 信息 2")
                .contains("1 names in Readers/Authors fields match no account or organisation: CN=无此人/O=阿坝州");
        String chinese = new DxlReportText(new CliMessages(Locale.SIMPLIFIED_CHINESE)).report(report());
        assertThat(chinese).contains("从 1 个文件读取 3 篇文档：新增 2 篇，更新 0 篇，未变 1 篇。");

        assertThat(DxlReportText.json(report()))
                .contains("\"documents\":3")
                .contains("\"forms\":{\"\":1,\"信息\":2}")
                .contains("\"unmatchedNames\":[\"CN=无此人/O=阿坝州\"]");
    }

    @Test
    void saysLosslessOrListsEachDifference() {
        var text = new DxlReportText(new CliMessages(Locale.ENGLISH));
        assertThat(text.verification(new DxlVerification.Result(4, 3, 0, List.of())))
                .isEqualTo("Lossless: 4 documents and 3 files are stored exactly as the exports hold them.");
        var differences = new DxlVerification.Result(
                4, 3, 1, List.of(new ImportReport.Warning("verify.item", List.of("ABC", "Subject"))));
        assertThat(text.verification(differences))
                .contains("1 differences in 4 documents and 3 files:")
                .contains("document ABC: the item Subject differs");
    }
}
