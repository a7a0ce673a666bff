package org.civitas.search.internal;

import java.io.IOException;
import java.io.StringReader;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.civitas.platform.TibetanScript;

/**
 * Splits text by script: Tibetan runs (U+0F00–U+0FFF) into syllables at the tsheg ་, the shad ། and the
 * other Tibetan marks between syllables, everything else with smartcn's word segmentation as before. Tibetan
 * writes no spaces between words, only a tsheg between syllables, so a syllable is the unit a search can
 * match (as a character is for unknown Chinese words); a word of several syllables is found as their phrase.
 */
final class ScriptTokenizer extends Tokenizer {

    static final String TIBETAN_SYLLABLE = "<TIBETAN>";

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

    private final HMMChineseTokenizer other = new HMMChineseTokenizer();
    private final CharTermAttribute otherTerm = other.addAttribute(CharTermAttribute.class);
    private final OffsetAttribute otherOffset = other.addAttribute(OffsetAttribute.class);
    private final TypeAttribute otherType = other.addAttribute(TypeAttribute.class);
    private final PositionIncrementAttribute otherIncrement = other.addAttribute(PositionIncrementAttribute.class);

    private String text = "";
    private int next;
    private int runStart;
    private boolean inOtherRun;

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        while (true) {
            if (inOtherRun) {
                if (other.incrementToken()) {
                    term.copyBuffer(otherTerm.buffer(), 0, otherTerm.length());
                    offset.setOffset(
                            correctOffset(runStart + otherOffset.startOffset()),
                            correctOffset(runStart + otherOffset.endOffset()));
                    type.setType(otherType.type());
                    increment.setPositionIncrement(otherIncrement.getPositionIncrement());
                    return true;
                }
                closeOtherRun();
            }
            if (next >= text.length()) {
                return false;
            }
            if (TibetanScript.isTibetan(text.codePointAt(next))) {
                int start = next;
                while (next < text.length() && syllablePart(text.codePointAt(next))) {
                    next += Character.charCount(text.codePointAt(next));
                }
                if (next > start) {
                    term.setEmpty().append(text, start, next);
                    offset.setOffset(correctOffset(start), correctOffset(next));
                    type.setType(TIBETAN_SYLLABLE);
                    return true;
                }
                next += Character.charCount(text.codePointAt(next)); // a tsheg, shad or other mark between syllables
            } else {
                int end = next;
                while (end < text.length() && !TibetanScript.isTibetan(text.codePointAt(end))) {
                    end += Character.charCount(text.codePointAt(end));
                }
                other.setReader(new StringReader(text.substring(next, end)));
                other.reset();
                runStart = next;
                next = end;
                inOtherRun = true;
            }
        }
    }

    /** Letters, vowel signs, subjoined letters and digits make a syllable; tsheg, shad and symbols part them. */
    private static boolean syllablePart(int c) {
        if (!TibetanScript.isTibetan(c)) {
            return false;
        }
        int kind = Character.getType(c);
        return Character.isLetterOrDigit(c)
                || kind == Character.NON_SPACING_MARK
                || kind == Character.COMBINING_SPACING_MARK;
    }

    private void closeOtherRun() throws IOException {
        inOtherRun = false;
        other.end();
        other.close();
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        StringBuilder all = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = input.read(buffer)) > 0; ) {
            all.append(buffer, 0, n);
        }
        text = all.toString();
        next = 0;
        inOtherRun = false;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int last = correctOffset(text.length());
        offset.setOffset(last, last);
    }

    @Override
    public void close() throws IOException {
        if (inOtherRun) {
            closeOtherRun();
        }
        text = "";
        super.close();
    }
}
