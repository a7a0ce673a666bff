package org.civitas.journal.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.civitas.journal.Credit;
import org.civitas.journal.EditionView;
import org.civitas.journal.JournalLayout;
import org.civitas.journal.JournalView;

/**
 * An edition as XHTML in the look of a government document (GB/T 9704 proportions): security label at
 * the top left, the journal's name in large red type, the number line, issuing office and date over a
 * red rule, then the editor's note, sections and items with their credited units. openhtmltopdf lays it
 * out; item bodies are already sanitized, well-formed HTML, and their stored pictures are embedded at the
 * text's width at most ({@link ExportPictures}).
 */
record EditionDocument(
        JournalView journal, EditionView edition, String labelName, String watermark, ExportPictures pictures) {

    static final String FONT_FAMILY = "Noto Serif SC";
    static final String RED = "#d40000";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    /** The masthead's number line: the number once signed off, otherwise a mark that this is a draft. */
    String numberLine() {
        return edition.numberText() != null ? edition.numberText() : "（" + labelForDraft() + "）";
    }

    String dateLine() {
        LocalDate date = edition.issueDate();
        return date == null ? "" : DATE.format(date);
    }

    private static String labelForDraft() {
        return "送审稿";
    }

    String xhtml() {
        boolean bulletin = journal.layout() == JournalLayout.BULLETIN;
        StringBuilder html = new StringBuilder(16_384);
        html.append(
                        "<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\"><head><meta charset=\"UTF-8\"/>")
                .append("<title>")
                .append(escape(journal.name() + " " + numberLine()))
                .append("</title><style>")
                .append("@page { size: A4; margin: 37mm 26mm 35mm 28mm;")
                .append(" @bottom-center { content: '— ' counter(page) ' —'; font-family: '")
                .append(FONT_FAMILY)
                .append("'; font-size: 12pt; } }")
                .append("body { font-family: '")
                .append(FONT_FAMILY)
                .append("'; font-size: 15pt; line-height: 1.75; }")
                .append(".label { font-size: 14pt; font-weight: bold; margin: 0 0 4mm 0; }")
                .append(".masthead { color: ")
                .append(RED)
                .append("; text-align: center; font-weight: bold; font-size: ")
                .append(bulletin ? "32pt" : "44pt")
                .append("; letter-spacing: 4pt; margin: 0 0 6mm 0; }")
                .append(".number { text-align: center; font-size: 15pt; margin: 0; }")
                .append(".office { width: 100%; font-size: 14pt; margin-top: 2mm; border-bottom: 2pt solid ")
                .append(RED)
                .append("; padding-bottom: 2mm; }")
                .append(".office td { padding: 0; } .office td.date { text-align: right; }")
                .append(".note { margin-top: 6mm; font-size: 14pt; } .note b { font-weight: bold; }")
                .append("h2 { font-size: 16pt; font-weight: bold; margin: 8mm 0 2mm 0; }")
                .append("h3 { font-size: 18pt; font-weight: bold; text-align: center; margin: 6mm 0 3mm 0; }")
                .append(".body p { text-indent: 2em; margin: 0; }")
                .append(" .body img { display: block; max-width: 100%; height: auto; margin: 2mm auto; }")
                .append(" .credit { text-align: right; font-size: 13pt; }")
                // the items' tables and lists (Word imports, the editor's tables) keep their rules and indentation
                .append(".body table { border-collapse: collapse; width: 100%; margin: 2mm 0; }")
                .append(" .body td, .body th { border: 0.5pt solid #000; padding: 1mm 2mm; font-size: 12pt;")
                .append(" line-height: 1.4; vertical-align: top; } .body th { font-weight: bold; }")
                .append(" .body td p, .body th p { text-indent: 0; }")
                .append(" .body ul, .body ol { margin: 0 0 0 2em; padding: 0; } .body li { margin: 0; }")
                .append(".watermark { position: fixed; top: 95mm; left: -10mm; width: 180mm; text-align: center;")
                .append(
                        " transform: rotate(-35deg); color: #c8c8c8; font-size: 20pt; white-space: nowrap; opacity: 0.5; }")
                .append("</style></head><body>");
        if (watermark != null) {
            html.append("<div class=\"watermark\">").append(escape(watermark)).append("</div>");
        }
        html.append("<p class=\"label\">")
                .append(escape(labelName))
                .append("</p>")
                .append("<p class=\"masthead\">")
                .append(escape(journal.name()))
                .append("</p>")
                .append("<p class=\"number\">")
                .append(escape(numberLine()))
                .append("</p>")
                .append("<table class=\"office\"><tr><td>")
                .append(escape(journal.issuingOffice()))
                .append("</td><td class=\"date\">")
                .append(escape(dateLine()))
                .append("</td></tr></table>");
        if (edition.editorNote() != null) {
            html.append("<p class=\"note\"><b>编者按：</b>")
                    .append(escape(edition.editorNote()))
                    .append("</p>");
        }
        for (EditionView.Section section : edition.sections()) {
            if (!section.title().isEmpty()) {
                html.append("<h2>").append(escape(section.title())).append("</h2>");
            }
            for (EditionView.Item item : section.items()) {
                html.append("<h3>")
                        .append(escape(item.title()))
                        .append("</h3>")
                        .append("<div class=\"body\">")
                        .append(pictures.forPdf(item.bodyHtml()))
                        .append("</div>");
                if (!item.credits().isEmpty()) {
                    html.append("<p class=\"credit\">（")
                            .append(escape(item.credits().stream()
                                    .map(Credit::organisationName)
                                    .collect(Collectors.joining("、"))))
                            .append(" 供稿）</p>");
                }
            }
        }
        return html.append("</body></html>").toString();
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
