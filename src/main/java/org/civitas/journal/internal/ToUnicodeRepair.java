package org.civitas.journal.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.springframework.stereotype.Component;

/**
 * Makes the text of exported PDFs searchable and copyable as written. The CJK font draws a Kangxi
 * radical (e.g. U+2F08 ⼈) and the ideograph it looks like (U+4EBA 人) with one glyph, and PDFBox's
 * ToUnicode map names the lowest code point of a glyph, so 人民 would be read back as ⼈⺠. This rewrites
 * the maps to name the ideograph, using the pairs the font itself declares.
 */
@Component
class ToUnicodeRepair {

    private static final Pattern BLOCK = Pattern.compile("begin(bfrange|bfchar)(.*?)end\\1", Pattern.DOTALL);
    private static final Pattern RANGE = Pattern.compile("<(\\p{XDigit}+)>\\s*<(\\p{XDigit}+)>\\s*<(\\p{XDigit}+)>");
    private static final Pattern CHAR = Pattern.compile("<(\\p{XDigit}+)>\\s*<(\\p{XDigit}+)>");
    private static final Pattern CODESPACE =
            Pattern.compile("\\d+\\s+begincodespacerange.*?endcodespacerange", Pattern.DOTALL);

    private final ExportFonts fonts;
    private volatile Map<Integer, Integer> preferred;

    ToUnicodeRepair(ExportFonts fonts) {
        this.fonts = fonts;
    }

    byte[] repair(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Set<COSStream> seen = new HashSet<>();
            boolean changed = false;
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    var font = resources.getFont(name);
                    if (font != null
                            && font.getCOSObject().getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream map
                            && seen.add(map)) {
                        changed |= rewrite(map);
                    }
                }
            }
            if (!changed) {
                return pdf;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean rewrite(COSStream stream) throws IOException {
        String cmap;
        try (var in = stream.createInputStream()) {
            cmap = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        if (cmap.contains("[")) {
            return false; // arrays of destinations are not written by PDFBox; leave such a map alone
        }
        Map<String, String> entries = new LinkedHashMap<>();
        Matcher block = BLOCK.matcher(cmap);
        while (block.find()) {
            if (block.group(1).equals("bfrange")) {
                Matcher m = RANGE.matcher(block.group(2));
                while (m.find()) {
                    int from = Integer.parseInt(m.group(1), 16);
                    int to = Integer.parseInt(m.group(2), 16);
                    for (int code = from; code <= to; code++) {
                        entries.put(hex(code, m.group(1).length()), increment(m.group(3), code - from));
                    }
                }
            } else {
                Matcher m = CHAR.matcher(block.group(2));
                while (m.find()) {
                    entries.put(m.group(1), m.group(2));
                }
            }
        }
        Map<Integer, Integer> radicals = preferred();
        boolean changed = false;
        for (var entry : entries.entrySet()) {
            if (entry.getValue().length() == 4) {
                Integer ideograph = radicals.get(Integer.parseInt(entry.getValue(), 16));
                if (ideograph != null) {
                    entry.setValue(hex(ideograph, 4));
                    changed = true;
                }
            }
        }
        Matcher codespace = CODESPACE.matcher(cmap);
        if (!changed || !codespace.find()) {
            return false;
        }
        StringBuilder out = new StringBuilder(cmap.length() + 4096)
                .append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo\n<< /Registry (Adobe)\n/Ordering (UCS)\n/Supplement 0\n>> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append(codespace.group())
                .append('\n');
        List<Map.Entry<String, String>> all = new ArrayList<>(entries.entrySet());
        for (int i = 0; i < all.size(); i += 100) {
            List<Map.Entry<String, String>> chunk = all.subList(i, Math.min(all.size(), i + 100));
            out.append(chunk.size()).append(" beginbfchar\n");
            chunk.forEach(e -> out.append('<')
                    .append(e.getKey())
                    .append("> <")
                    .append(e.getValue())
                    .append(">\n"));
            out.append("endbfchar\n");
        }
        out.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        try (OutputStream write = stream.createOutputStream(COSName.FLATE_DECODE)) {
            write.write(out.toString().getBytes(StandardCharsets.ISO_8859_1));
        }
        return true;
    }

    /** Radical code point → the ideograph drawn with the same glyph, from the bundled font's cmap. */
    private Map<Integer, Integer> preferred() {
        if (preferred == null) {
            try {
                TrueTypeFont font = fonts.regularFont(); // shared: not closed here
                CmapLookup cmap = font.getUnicodeCmapLookup();
                Map<Integer, Integer> map = new HashMap<>();
                for (int gid = 0; gid < font.getNumberOfGlyphs(); gid++) {
                    List<Integer> codes = cmap.getCharCodes(gid);
                    if (codes == null || codes.size() < 2) {
                        continue;
                    }
                    codes.stream()
                            .filter(ToUnicodeRepair::ideograph)
                            .findFirst()
                            .ifPresent(ideograph -> codes.stream()
                                    .filter(ToUnicodeRepair::radical)
                                    .forEach(radical -> map.put(radical, ideograph)));
                }
                preferred = Map.copyOf(map);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return preferred;
    }

    private static boolean radical(int cp) {
        return cp >= 0x2E80 && cp <= 0x2FDF || cp >= 0xF900 && cp <= 0xFAFF;
    }

    private static boolean ideograph(int cp) {
        return cp >= 0x4E00 && cp <= 0x9FFF || cp >= 0x3400 && cp <= 0x4DBF;
    }

    private static String increment(String hex, int by) {
        if (by == 0) {
            return hex;
        }
        int head = hex.length() - 4;
        return hex.substring(0, head) + hex(Integer.parseInt(hex.substring(head), 16) + by, 4);
    }

    private static String hex(int value, int width) {
        return String.format("%0" + width + "X", value);
    }
}
