package org.civitas.reporting;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Word documents and broken files for the tests, made with POI on the fly (no binary fixtures). */
public final class WordFixtures {

    private WordFixtures() {}

    /**
     * A report with a Title-styled heading, a Heading 1, a paragraph with bold and italic runs, a
     * bulleted list, a 2×2 table and one embedded PNG picture.
     */
    public static byte[] report(String title) {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFStyles styles = doc.createStyles();
            style(styles, "Title", "Title");
            style(styles, "Heading1", "heading 1");

            XWPFParagraph head = doc.createParagraph();
            head.setStyle("Title");
            head.createRun().setText(title);

            XWPFParagraph section = doc.createParagraph();
            section.setStyle("Heading1");
            section.createRun().setText("一、基本情况");

            XWPFParagraph text = doc.createParagraph();
            text.createRun().setText("全县共排查隐患");
            XWPFRun bold = text.createRun();
            bold.setBold(true);
            bold.setText("12处");
            text.createRun().setText("，已");
            XWPFRun italic = text.createRun();
            italic.setItalic(true);
            italic.setText("全部整改");
            text.createRun().setText("。");

            BigInteger bullets = bullets(doc);
            for (String item : new String[] {"城区供暖站", "乡镇学校"}) {
                XWPFParagraph li = doc.createParagraph();
                li.setNumID(bullets);
                li.setNumILvl(BigInteger.ZERO);
                li.createRun().setText(item);
            }

            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("乡镇");
            table.getRow(0).getCell(1).setText("隐患");
            table.getRow(1).getCell(0).setText("威州镇");
            table.getRow(1).getCell(1).setText("5");

            XWPFParagraph picture = doc.createParagraph();
            picture.createRun()
                    .addPicture(
                            new ByteArrayInputStream(png()),
                            Document.PICTURE_TYPE_PNG,
                            "scene.png",
                            Units.toEMU(120),
                            Units.toEMU(80));
            doc.createParagraph().createRun().setText("检查工作将持续到明年三月。");

            var out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Lists and a table as Word and WPS write them: a bulleted list numbered through its paragraph style
     * ("List Bullet"), a numbered list with a nested bulleted level, and a table whose header row repeats
     * on each page, with a cell merged across two columns and one merged down two rows.
     */
    public static byte[] structured() {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFStyles styles = doc.createStyles();
            BigInteger bullets = bullets(doc);
            CTStyle listBullet = CTStyle.Factory.newInstance();
            listBullet.setStyleId("ListBullet");
            listBullet.addNewName().setVal("List Bullet");
            listBullet.setType(STStyleType.PARAGRAPH);
            listBullet.addNewPPr().addNewNumPr().addNewNumId().setVal(bullets);
            styles.addStyle(new XWPFStyle(listBullet));
            for (String item : new String[] {"组织领导", "宣传发动"}) {
                XWPFParagraph li = doc.createParagraph();
                li.setStyle("ListBullet");
                li.createRun().setText(item);
            }
            doc.createParagraph().createRun().setText("主要做法如下：");
            BigInteger steps = numbered(doc);
            String[][] items = {{"0", "摸底排查"}, {"1", "建立台账"}, {"1", "逐户走访"}, {"0", "整改落实"}};
            for (String[] item : items) {
                XWPFParagraph li = doc.createParagraph();
                li.setNumID(steps);
                li.setNumILvl(new BigInteger(item[0]));
                li.createRun().setText(item[1]);
            }
            XWPFTable table = doc.createTable(3, 3);
            table.getRow(0).setRepeatHeader(true);
            table.getRow(0).getCell(0).setText("乡镇");
            table.getRow(0).getCell(1).setText("排查情况");
            table.getRow(0).removeCell(2);
            table.getRow(0).getCell(1).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
            table.getRow(1).getCell(0).setText("威州镇");
            table.getRow(1)
                    .getCell(0)
                    .getCTTc()
                    .addNewTcPr()
                    .addNewVMerge()
                    .setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge.RESTART);
            table.getRow(1).getCell(1).setText("隐患");
            table.getRow(1).getCell(2).setText("5");
            table.getRow(2).getCell(0).getCTTc().addNewTcPr().addNewVMerge();
            table.getRow(2).getCell(1).setText("已整改");
            table.getRow(2).getCell(2).setText("4");
            var out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first {@code length} bytes of a real .docx: starts like a zip, ends in the middle. */
    public static byte[] truncated(int length) {
        byte[] whole = report("截断的文档");
        return java.util.Arrays.copyOf(whole, Math.min(length, whole.length / 2));
    }

    /** A valid zip that is not a Word document. */
    public static byte[] plainZip() {
        try {
            var out = new ByteArrayOutputStream();
            try (var zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry("readme.txt"));
                zip.write("not a word document".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small PNG picture: a red square on white. */
    public static byte[] png() {
        var image = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 60, 40);
        g.setColor(new Color(0xC0, 0x10, 0x10));
        g.fillRect(15, 8, 30, 24);
        g.dispose();
        try {
            var out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void style(XWPFStyles styles, String id, String name) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.addNewName().setVal(name);
        style.setType(STStyleType.PARAGRAPH);
        styles.addStyle(new XWPFStyle(style));
    }

    private static BigInteger numbered(XWPFDocument doc) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.TEN);
        CTLvl first = abstractNum.addNewLvl();
        first.setIlvl(BigInteger.ZERO);
        first.addNewNumFmt().setVal(STNumberFormat.CHINESE_COUNTING);
        first.addNewLvlText().setVal("%1、");
        CTLvl second = abstractNum.addNewLvl();
        second.setIlvl(BigInteger.ONE);
        second.addNewNumFmt().setVal(STNumberFormat.BULLET);
        second.addNewLvlText().setVal("•");
        XWPFNumbering numbering = doc.getNumbering() == null ? doc.createNumbering() : doc.getNumbering();
        BigInteger abstractId =
                numbering.addAbstractNum(new org.apache.poi.xwpf.usermodel.XWPFAbstractNum(abstractNum));
        return numbering.addNum(abstractId);
    }

    private static BigInteger bullets(XWPFDocument doc) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.ZERO);
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewNumFmt().setVal(STNumberFormat.BULLET);
        level.addNewLvlText().setVal("•");
        XWPFNumbering numbering = doc.getNumbering() == null ? doc.createNumbering() : doc.getNumbering();
        BigInteger abstractId =
                numbering.addAbstractNum(new org.apache.poi.xwpf.usermodel.XWPFAbstractNum(abstractNum));
        return numbering.addNum(abstractId);
    }
}
