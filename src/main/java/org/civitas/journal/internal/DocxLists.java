package org.civitas.journal.internal;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Bulleted and numbered lists as Word lists (the numbering part), so that Word and WPS continue,
 * renumber and re-indent them as lists when the office edits the copy; a number typed into the
 * text stays a number when an item is inserted above it. Each list of the HTML gets a list of its
 * own (a {@code w:num}) over one of two list styles (a {@code w:abstractNum}).
 */
final class DocxLists {

    static final BigInteger BULLETS = BigInteger.ONE;
    static final BigInteger NUMBERS = BigInteger.TWO;
    private static final int LEVELS = 9;
    /** The deepest level Word knows; deeper HTML lists stay at it. */
    static final int DEEPEST = LEVELS - 1;

    private static final String[] BULLET_MARKS = {"•", "◦", "▪"};

    private final XWPFNumbering numbering;

    DocxLists(XWPFDocument doc) {
        XWPFNumbering existing = doc.getNumbering();
        this.numbering = existing != null ? existing : doc.createNumbering();
        if (numbering.getAbstractNum(BULLETS) == null) {
            numbering.addAbstractNum(new XWPFAbstractNum(style(BULLETS, false), numbering));
            numbering.addAbstractNum(new XWPFAbstractNum(style(NUMBERS, true), numbering));
        }
    }

    /**
     * A new list, its items at {@code level}; a numbered one counts from {@code start}.
     *
     * @return the {@code w:numId} its paragraphs name
     */
    BigInteger newList(boolean ordered, int level, int start) {
        BigInteger numId = numbering.addNum(ordered ? NUMBERS : BULLETS);
        if (ordered) {
            CTNum num = numbering.getNum(numId).getCTNum();
            CTNumLvl override = num.addNewLvlOverride();
            override.setIlvl(BigInteger.valueOf(level));
            override.addNewStartOverride().setVal(BigInteger.valueOf(start));
        }
        return numId;
    }

    /** Levels indented by {@link DocxBody#LIST_INDENT} each, with a hanging marker, in the body's font. */
    private static CTAbstractNum style(BigInteger id, boolean ordered) {
        CTAbstractNum style = CTAbstractNum.Factory.newInstance();
        style.setAbstractNumId(id);
        for (int level = 0; level < LEVELS; level++) {
            CTLvl lvl = style.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(level));
            lvl.addNewStart().setVal(BigInteger.ONE);
            if (ordered) {
                lvl.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
                lvl.addNewLvlText().setVal(level % 2 == 0 ? "%" + (level + 1) + "." : "(%" + (level + 1) + ")");
            } else {
                lvl.addNewNumFmt().setVal(STNumberFormat.BULLET);
                lvl.addNewLvlText().setVal(BULLET_MARKS[level % BULLET_MARKS.length]);
            }
            var indent = lvl.addNewPPr().addNewInd();
            indent.setLeft(BigInteger.valueOf((long) (level + 1) * DocxBody.LIST_INDENT));
            indent.setHanging(BigInteger.valueOf(DocxBody.LIST_INDENT));
            var fonts = lvl.addNewRPr().addNewRFonts();
            fonts.setAscii(DocxBody.BODY_FONT);
            fonts.setHAnsi(DocxBody.BODY_FONT);
            fonts.setEastAsia(DocxBody.BODY_FONT);
        }
        return style;
    }
}
