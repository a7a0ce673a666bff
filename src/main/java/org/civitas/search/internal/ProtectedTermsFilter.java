package org.civitas.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Joins adjacent tokens back into one when together they spell a protected term: the word segmenter
 * knows no place names, so 九寨沟县 would otherwise become 九寨沟 + 县 and match every county. Only
 * tokens that touch (no gap between their offsets) are joined; the longest protected term wins.
 */
final class ProtectedTermsFilter extends TokenFilter {

    private static final int MAX_PARTS = 8;

    private record Token(State state, String text, int start, int end) {}

    private final Set<String> terms;
    private final CharArraySet prefixes;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final List<Token> pending = new ArrayList<>();
    private boolean exhausted;

    ProtectedTermsFilter(TokenStream input, Set<String> terms) {
        super(input);
        this.terms = terms;
        Set<String> all = new HashSet<>();
        for (String t : terms) {
            for (int i = 1; i <= t.length(); i++) {
                all.add(t.substring(0, i));
            }
        }
        this.prefixes = CharArraySet.unmodifiableSet(new CharArraySet(all, false));
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending.isEmpty()) {
            // most tokens cannot begin a protected term: pass them on as they are, without buffering
            if (exhausted || !input.incrementToken()) {
                exhausted = true;
                return false;
            }
            if (!prefixes.contains(term.buffer(), 0, term.length())) {
                return true;
            }
            pending.add(new Token(captureState(), term.toString(), offset.startOffset(), offset.endOffset()));
        }
        int best = 0;
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < MAX_PARTS && fill(i + 1); i++) {
            Token t = pending.get(i);
            if (i > 0 && t.start() != pending.get(i - 1).end()) {
                break;
            }
            joined.append(t.text());
            String candidate = joined.toString();
            if (!prefixes.contains(candidate)) {
                break;
            }
            if (i > 0 && terms.contains(candidate)) {
                best = i + 1;
            }
        }
        Token first = pending.removeFirst();
        restoreState(first.state());
        if (best > 1) {
            StringBuilder text = new StringBuilder(first.text());
            Token last = first;
            for (int k = 1; k < best; k++) {
                last = pending.removeFirst();
                text.append(last.text());
            }
            term.setEmpty().append(text);
            offset.setOffset(first.start(), last.end());
        }
        return true;
    }

    /** Makes sure {@code n} tokens are buffered, unless the input ends first. */
    private boolean fill(int n) throws IOException {
        while (pending.size() < n && !exhausted) {
            if (input.incrementToken()) {
                pending.add(new Token(captureState(), term.toString(), offset.startOffset(), offset.endOffset()));
            } else {
                exhausted = true;
            }
        }
        return pending.size() >= n;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        exhausted = false;
    }
}
