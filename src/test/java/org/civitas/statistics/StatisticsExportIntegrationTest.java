package org.civitas.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The spreadsheet, the bulletin and the console page, with the audit record of every download. */
@DatabaseTest
class StatisticsExportIntegrationTest extends StatisticsIntegrationTest {

    @Autowired
    StatisticsExporter exports;

    @Autowired
    MockMvc mvc;

    @Test
    void theSpreadsheetOpensAndHoldsEveryUnitRow() throws IOException {
        byte[] bytes =
                fixture.runAs("t.st.editor", () -> write(exports.xlsx(StatisticsQuery.of(Period.month(2025, 11)))));
        assertThat(events.stream(StatisticsExported.class))
                .singleElement()
                .satisfies(e -> assertThat(e.period()).isEqualTo("2025-11"))
                .satisfies(e -> assertThat(e.format()).isEqualTo("xlsx"));
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var units = book.getSheetAt(0);
            assertThat(units.getRow(0).getCell(0).getStringCellValue()).contains("2025年11月");
            List<String> headings = new ArrayList<>();
            units.getRow(2).forEach(c -> headings.add(c.getStringCellValue()));
            assertThat(headings).contains("名次", "单位", "报送数", "采用数", "采用率", "报送任务", "完成任务");
            Row a = find(units, StatisticsFixture.UNIT_A);
            assertThat(a.getCell(0).getNumericCellValue()).isEqualTo(1d);
            assertThat(a.getCell(headings.indexOf("报送数")).getNumericCellValue()).isEqualTo(2d);
            assertThat(a.getCell(headings.indexOf("采用率")).getNumericCellValue()).isEqualTo(1d);
            assertThat(a.getCell(headings.indexOf("完成任务")).getStringCellValue()).isEqualTo("是");
            assertThat(find(units, StatisticsFixture.UNIT_B)).isNotNull();
            assertThat(units.getLastRowNum()).isGreaterThan(30); // the demo's units too
            var groups = book.getSheetAt(1);
            assertThat(groups.getRow(groups.getLastRowNum()).getCell(0).getStringCellValue())
                    .isEqualTo("合计");
        }
    }

    @Test
    void theBulletinOpensWithItsTitleTheRankingAndTheUnitsThatMissedTheirQuota() throws IOException {
        byte[] bytes =
                fixture.runAs("t.st.editor", () -> write(exports.bulletin(StatisticsQuery.of(Period.month(2025, 10)))));
        assertThat(events.stream(StatisticsExported.class))
                .singleElement()
                .satisfies(e -> assertThat(e.format()).isEqualTo("docx"));
        try (var doc = new XWPFDocument(new ByteArrayInputStream(bytes));
                var text = new XWPFWordExtractor(doc)) {
            String all = text.getText();
            assertThat(doc.getParagraphs().getFirst().getText()).isEqualTo("关于2025年10月份信息报送情况的通报");
            assertThat(all)
                    .contains("州人民政府办公室") // the editor's organisation issues it
                    .contains("共报送信息1条")
                    .contains("直报点")
                    .contains(StatisticsFixture.UNIT_A)
                    .contains("未完成报送任务的单位");
            assertThat(doc.getTables()).hasSizeGreaterThanOrEqualTo(3);
            // the units that missed their quota of 2 in October: both fixture units among them
            String missed = all.substring(all.indexOf("未完成报送任务的单位"));
            assertThat(missed).contains(StatisticsFixture.UNIT_A, StatisticsFixture.UNIT_B);
        }
    }

    @Test
    void theConsolePageShowsTheTableAndFeedsTheCharts() throws Exception {
        mvc.perform(get("/admin/statistics")
                        .param("kind", "MONTH")
                        .param("year", "2025")
                        .param("month", "11")
                        .with(as("t.st.editor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(StatisticsFixture.UNIT_A)))
                .andExpect(content().string(containsString("采用率")))
                .andExpect(content().string(containsString("aria-sort=\"ascending\"")))
                .andExpect(content().string(containsString("data-chart-url=\"/admin/statistics/chart?kind=MONTH")));
        mvc.perform(get("/admin/statistics/chart")
                        .param("kind", "QUARTER")
                        .param("year", "2025")
                        .param("quarter", "4")
                        .param("group", "DIRECT")
                        .with(as("t.st.editor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bar.names[0]").value(StatisticsFixture.UNIT_A))
                .andExpect(jsonPath("$.bar.values[0]").value(3.0))
                .andExpect(jsonPath("$.trend.months[0]").value("2025-10"))
                .andExpect(jsonPath("$.trend.series[0].values[1]").value(4.0));
        mvc.perform(get("/admin/statistics/export.xlsx")
                        .param("kind", "YEAR")
                        .param("year", "2025")
                        .with(as("t.st.a")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")));
        mvc.perform(get("/admin/statistics").with(as("t.st.none"))).andExpect(status().isForbidden());
    }

    private RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    private static byte[] write(StatisticsFile file) {
        var out = new ByteArrayOutputStream();
        try {
            file.writeTo(out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Row find(org.apache.poi.ss.usermodel.Sheet sheet, String name) {
        for (Row row : sheet) {
            if (row.getCell(1) != null && name.equals(row.getCell(1).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError(name + " not in the sheet");
    }
}
