package org.civitas.storage;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Files written byte by byte in tests: real ones of each kind, and forgeries that only pretend to be. */
public final class ForgedFiles {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private ForgedFiles() {}

    /** A real PNG picture. */
    public static byte[] png(int width, int height) {
        return image("png", width, height);
    }

    /** A real JPEG picture. */
    public static byte[] jpeg(int width, int height) {
        return image("jpeg", width, height);
    }

    /** The PNG signature followed by bytes that are no PNG chunks: a picture only by its first eight bytes. */
    public static byte[] pngSignatureOnly() {
        byte[] rest = random(200, 7);
        byte[] bytes = new byte[PNG_SIGNATURE.length + rest.length];
        System.arraycopy(PNG_SIGNATURE, 0, bytes, 0, PNG_SIGNATURE.length);
        System.arraycopy(rest, 0, bytes, PNG_SIGNATURE.length, rest.length);
        return bytes;
    }

    /** Bytes with no recognisable format. */
    public static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        // no accidental signature: start with a byte no format of interest starts with
        bytes[0] = 0x13;
        return bytes;
    }

    /** A Windows program: the DOS header whose e_lfanew points at a PE header. */
    public static byte[] windowsProgram() {
        ByteBuffer exe = ByteBuffer.allocate(512).order(ByteOrder.LITTLE_ENDIAN);
        exe.put(0, (byte) 'M').put(1, (byte) 'Z');
        exe.putInt(0x3c, 0x80);
        exe.put(0x80, (byte) 'P').put(0x81, (byte) 'E');
        exe.putShort(0x84, (short) 0x14c); // i386
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        exe.put(0x4e, stub);
        return exe.array();
    }

    /** A minimal PDF. */
    public static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
                        + "trailer<</Root 1 0 R>>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** A real Word document with one paragraph. */
    public static byte[] docx(String text) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip archive holding one text file. */
    public static byte[] zip(String entry, String text) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream();
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] image(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            image.setRGB(x, x % height, 0xc00000);
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
