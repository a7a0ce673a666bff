package org.civitas.reporting.internal.submission;

import java.math.BigInteger;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;

/**
 * Whether a paragraph of a .docx is a list item, of which kind and at which level. Word and WPS number
 * a paragraph either directly or through its style ("List Bullet", "List Number", a custom 列表 style
 * based on one of them); POI answers only the first, so lists made the second way came out as plain
 * paragraphs.
 */
final class WordNumbering {

    /** A list item: numbered or bulleted, at nesting level 0 (outermost) to 8. */
    record Item(boolean ordered, int level) {}

    /** Style chains are short; a longer one is a loop in a broken document. */
    private static final int MAX_STYLE_DEPTH = 10;

    private final XWPFDocument document;

    WordNumbering(XWPFDocument document) {
        this.document = document;
    }

    Optional<Item> of(XWPFParagraph paragraph) {
        var ppr = paragraph.getCTP().getPPr();
        CTNumPr numPr = ppr == null ? null : ppr.getNumPr();
        BigInteger numId = numPr == null || numPr.getNumId() == null
                ? null
                : numPr.getNumId().getVal();
        BigInteger level = numPr == null || numPr.getIlvl() == null
                ? null
                : numPr.getIlvl().getVal();
        String styleId = paragraph.getStyleID();
        for (int depth = 0; numId == null && styleId != null && depth < MAX_STYLE_DEPTH; depth++) {
            XWPFStyle style =
                    document.getStyles() == null ? null : document.getStyles().getStyle(styleId);
            if (style == null) {
                break;
            }
            var stylePpr = style.getCTStyle().getPPr();
            CTNumPr styleNumPr = stylePpr == null ? null : stylePpr.getNumPr();
            if (styleNumPr != null && styleNumPr.getNumId() != null) {
                numId = styleNumPr.getNumId().getVal();
                if (level == null && styleNumPr.getIlvl() != null) {
                    level = styleNumPr.getIlvl().getVal();
                }
            }
            styleId = style.getCTStyle().getBasedOn() == null
                    ? null
                    : style.getCTStyle().getBasedOn().getVal();
        }
        // numId 0 is Word's way of saying "numbering removed from this paragraph"
        if (numId == null || numId.signum() == 0) {
            return Optional.empty();
        }
        int at = level == null ? 0 : Math.max(0, Math.min(8, level.intValue()));
        return Optional.of(new Item(!"bullet".equals(format(numId, at)), at));
    }

    /** The level's number format (bullet, decimal, chineseCounting, …), or null when the document lacks it. */
    private String format(BigInteger numId, int level) {
        XWPFNumbering numbering = document.getNumbering();
        XWPFNum num = numbering == null ? null : numbering.getNum(numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null) {
            return null;
        }
        XWPFAbstractNum abstractNum =
                numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
        if (abstractNum == null) {
            return null;
        }
        for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlArray()) {
            if (lvl.getIlvl() != null && lvl.getIlvl().intValue() == level && lvl.getNumFmt() != null) {
                return lvl.getNumFmt().getVal().toString();
            }
        }
        return null;
    }
}
