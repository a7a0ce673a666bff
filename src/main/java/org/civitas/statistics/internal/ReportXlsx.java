package org.civitas.statistics.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.civitas.statistics.Figure;
import org.civitas.statistics.StatisticsReport;
import org.springframework.stereotype.Component;

/**
 * The statistics table as a spreadsheet: one sheet of units (rank, name, code, kind, every figure as a
 * number) and one of the kinds of unit with the total. Streamed: only a window of rows is in memory.
 */
@Component
class ReportXlsx {

    /** Rows kept in memory before SXSSF flushes them to its temporary file. */
    private static final int WINDOW = 200;

    void write(StatisticsReport report, ReportTexts texts, OutputStream out) throws IOException {
        SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
        try {
            Styles styles = new Styles(book);
            List<Figure> figures = report.figures();
            Sheet units = book.createSheet(texts.msg("statistics.sheet.units"));
            title(units, texts.msg("statistics.file.title", texts.period(report.period())), styles);
            Row head = units.createRow(2);
            int c = 0;
            for (String h : List.of(
                    texts.msg("statistics.rank"),
                    texts.msg("statistics.unit"),
                    texts.msg("statistics.unit.code"),
                    texts.msg("statistics.group"))) {
                text(head, c++, h, styles.header);
            }
            for (Figure f : figures) {
                text(head, c++, texts.heading(f), styles.header);
            }
            int r = 3;
            for (StatisticsReport.UnitRow u : report.units()) {
                Row row = units.createRow(r++);
                row.createCell(0).setCellValue(u.rank());
                row.createCell(1).setCellValue(u.unit().name());
                row.createCell(2).setCellValue(u.unit().code());
                row.createCell(3).setCellValue(u.groupMessageKey() == null ? "" : texts.msg(u.groupMessageKey()));
                figures(row, 4, figures, u.values(), texts, styles, true);
            }
            units.setColumnWidth(1, 36 * 256);
            units.setColumnWidth(2, 22 * 256);

            Sheet groups = book.createSheet(texts.msg("statistics.sheet.groups"));
            title(groups, texts.msg("statistics.file.title", texts.period(report.period())), styles);
            Row groupHead = groups.createRow(2);
            text(groupHead, 0, texts.msg("statistics.group"), styles.header);
            text(groupHead, 1, texts.msg("statistics.unitCount"), styles.header);
            c = 2;
            for (Figure f : figures) {
                text(groupHead, c++, texts.heading(f), styles.header);
            }
            r = 3;
            for (StatisticsReport.GroupRow g : report.groups()) {
                group(groups.createRow(r++), g, figures, texts, styles);
            }
            group(groups.createRow(r), report.total(), figures, texts, styles);
            groups.setColumnWidth(0, 20 * 256);
            book.write(out);
        } finally {
            book.close(); // also deletes SXSSF's temporary files
        }
    }

    private static void group(
            Row row, StatisticsReport.GroupRow g, List<Figure> figures, ReportTexts texts, Styles styles) {
        row.createCell(0).setCellValue(texts.groupName(g));
        row.createCell(1).setCellValue(g.unitCount());
        figures(row, 2, figures, g.values(), texts, styles, false);
    }

    /** Numbers as numbers (rates as percentages), so that the spreadsheet can compute with them. */
    private static void figures(
            Row row,
            int first,
            List<Figure> figures,
            java.util.Map<String, Double> values,
            ReportTexts texts,
            Styles styles,
            boolean unit) {
        int c = first;
        for (Figure f : figures) {
            Double v = values.get(f.key());
            var cell = row.createCell(c++);
            if (v == null) {
                continue;
            }
            switch (f.kind()) {
                case RATE -> {
                    cell.setCellValue(v / 100);
                    cell.setCellStyle(styles.percent);
                }
                case FLAG -> {
                    if (unit) {
                        cell.setCellValue(texts.cell(f, v));
                    } else {
                        cell.setCellValue(v);
                    }
                }
                default -> cell.setCellValue(v);
            }
        }
    }

    private static void title(Sheet sheet, String text, Styles styles) {
        text(sheet.createRow(0), 0, text, styles.title);
    }

    private static void text(Row row, int column, String text, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    /** The few cell styles, made once per workbook (a workbook holds at most 64,000). */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle percent;

        Styles(SXSSFWorkbook book) {
            Font bold = book.createFont();
            bold.setBold(true);
            Font large = book.createFont();
            large.setBold(true);
            large.setFontHeightInPoints((short) 14);
            title = book.createCellStyle();
            title.setFont(large);
            header = book.createCellStyle();
            header.setFont(bold);
            percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0.0%"));
        }
    }
}
