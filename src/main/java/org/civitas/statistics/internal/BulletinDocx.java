package org.civitas.statistics.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.civitas.statistics.Figure;
import org.civitas.statistics.StatisticsReport;
import org.civitas.statistics.StatisticsReport.GroupRow;
import org.civitas.statistics.StatisticsReport.UnitRow;
import org.springframework.stereotype.Component;

/**
 * The bulletin (通报) as a Word document: title, issuing office and date, a paragraph of totals, a
 * ranking table per kind of unit (ranked within the kind), the units without each yes/no figure (those
 * that missed their quota), and the signature. Fonts as the journal's DOCX: the names government
 * offices have (宋体 for titles, 仿宋 for text, 黑体 for headings), which Word substitutes elsewhere.
 */
@Component
class BulletinDocx {

    private static final String TITLE_FONT = "宋体";
    private static final String BODY_FONT = "仿宋";
    private static final String HEADING_FONT = "黑体";

    record Bulletin(StatisticsReport report, String issuer, LocalDate date) {}

    void write(Bulletin bulletin, ReportTexts texts, OutputStream out) throws IOException {
        StatisticsReport report = bulletin.report();
        try (XWPFDocument doc = new XWPFDocument()) {
            run(paragraph(doc, ParagraphAlignment.CENTER), texts.bulletinTitle(report.period()), TITLE_FONT, 22, true);
            run(
                    paragraph(doc, ParagraphAlignment.CENTER),
                    bulletin.issuer() + "　" + texts.date(bulletin.date()),
                    BODY_FONT,
                    14,
                    false);
            XWPFParagraph totals = paragraph(doc, ParagraphAlignment.BOTH);
            totals.setIndentationFirstLine(640);
            run(totals, totals(report, texts), BODY_FONT, 16, false);

            int section = 0;
            for (GroupRow group : report.groups()) {
                List<UnitRow> members = members(report, group);
                if (members.isEmpty()) {
                    continue;
                }
                String heading = texts.msg(
                        "statistics.bulletin.section",
                        texts.msg("statistics.ordinal." + (++section)),
                        texts.groupName(group));
                run(paragraph(doc, ParagraphAlignment.LEFT), heading, HEADING_FONT, 16, false);
                table(doc, report, members, texts);
            }
            missed(doc, report, texts, section);
            XWPFParagraph signature = paragraph(doc, ParagraphAlignment.RIGHT);
            signature.setSpacingBefore(480);
            run(signature, bulletin.issuer(), BODY_FONT, 16, false);
            run(paragraph(doc, ParagraphAlignment.RIGHT), texts.date(bulletin.date()), BODY_FONT, 16, false);
            doc.write(out);
        }
    }

    /** 「2026年10月，纳入统计的报送单位共38个，共报送信息120条，被采用45条，采用率37.5%……」 */
    private static String totals(StatisticsReport report, ReportTexts texts) {
        List<String> phrases = new ArrayList<>();
        for (Figure f : report.figures()) {
            Double v = report.total().value(f.key());
            if (v == null || f.kind() == Figure.Kind.ORDINAL) {
                continue;
            }
            String value = f.format(v);
            phrases.add(texts.msgOr(f.messageKey() + ".phrase", texts.heading(f) + " " + value, value));
        }
        return texts.msg(
                "statistics.bulletin.totals",
                texts.period(report.period()),
                String.valueOf(report.total().unitCount()),
                String.join(texts.msg("statistics.bulletin.separator"), phrases));
    }

    /** The group's units in the order of their rank within the group (1, 2, 2, 4 among equals). */
    private static List<UnitRow> members(StatisticsReport report, GroupRow group) {
        List<UnitRow> members = report.units().stream()
                .filter(u -> group.group().code().equals(u.unit().group()))
                .sorted(java.util.Comparator.comparingInt(UnitRow::rank)
                        .thenComparing(u -> u.unit().code()))
                .toList();
        List<UnitRow> ranked = new ArrayList<>();
        int rank = 0;
        Double previous = null;
        for (int i = 0; i < members.size(); i++) {
            UnitRow u = members.get(i);
            Double score = report.rankedBy() == null ? Double.valueOf(0) : u.value(report.rankedBy());
            if (previous == null || !previous.equals(score)) {
                rank = i + 1;
                previous = score;
            }
            ranked.add(new UnitRow(u.unit(), u.groupMessageKey(), rank, u.values()));
        }
        return ranked;
    }

    private static void table(XWPFDocument doc, StatisticsReport report, List<UnitRow> units, ReportTexts texts) {
        List<Figure> figures = report.figures();
        XWPFTable table = doc.createTable(units.size() + 1, figures.size() + 2);
        table.setWidth("100%");
        XWPFTableRow head = table.getRow(0);
        cell(head.getCell(0), texts.msg("statistics.rank"), true);
        cell(head.getCell(1), texts.msg("statistics.unit"), true);
        for (int i = 0; i < figures.size(); i++) {
            cell(head.getCell(i + 2), texts.heading(figures.get(i)), true);
        }
        for (int r = 0; r < units.size(); r++) {
            UnitRow u = units.get(r);
            XWPFTableRow row = table.getRow(r + 1);
            cell(row.getCell(0), String.valueOf(u.rank()), false);
            cell(row.getCell(1), u.unit().name(), false);
            for (int i = 0; i < figures.size(); i++) {
                Figure f = figures.get(i);
                cell(row.getCell(i + 2), texts.cell(f, u.value(f.key())), false);
            }
        }
        paragraph(doc, ParagraphAlignment.LEFT); // air between the table and what follows
    }

    /** For each yes/no figure (quota met), the units that have no: 「未完成报送任务的单位（5个）：…」. */
    private static void missed(XWPFDocument doc, StatisticsReport report, ReportTexts texts, int section) {
        for (Figure f : report.figures()) {
            if (f.kind() != Figure.Kind.FLAG) {
                continue;
            }
            List<String> names = report.units().stream()
                    .filter(u -> u.value(f.key()) != null && u.value(f.key()) == 0)
                    .sorted(java.util.Comparator.comparing(u -> u.unit().code()))
                    .map(u -> u.unit().name())
                    .toList();
            String heading =
                    texts.msgOr(f.messageKey() + ".missed", texts.msg("statistics.bulletin.missed", texts.heading(f)));
            run(
                    paragraph(doc, ParagraphAlignment.LEFT),
                    texts.msg("statistics.bulletin.section", texts.msg("statistics.ordinal." + (++section)), heading),
                    HEADING_FONT,
                    16,
                    false);
            XWPFParagraph list = paragraph(doc, ParagraphAlignment.BOTH);
            list.setIndentationFirstLine(640);
            run(
                    list,
                    names.isEmpty()
                            ? texts.msg("statistics.bulletin.missed.none")
                            : texts.msg(
                                    "statistics.bulletin.missed.list",
                                    String.valueOf(names.size()),
                                    String.join(texts.msg("statistics.bulletin.nameSeparator"), names)),
                    BODY_FONT,
                    16,
                    false);
        }
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold) {
        XWPFParagraph p = cell.getParagraphs().getFirst();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text, BODY_FONT, 12, bold);
        if (bold) {
            cell.setColor("F2F2F2");
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment alignment) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingAfter(120);
        return p;
    }

    private static XWPFRun run(XWPFParagraph p, String text, String font, int size, boolean bold) {
        XWPFRun run = p.createRun();
        run.setText(text == null ? "" : text);
        run.setFontFamily(font);
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        run.setFontSize(size);
        run.setBold(bold);
        return run;
    }
}
