package org.civitas.search.internal;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The administrator's word lists.
 *
 * @param synonyms Solr synonym format, one rule per line
 * @param protectedTerms words the segmenter must keep whole
 */
record SearchTerms(String synonyms, Set<String> protectedTerms) {

    static final SearchTerms NONE = new SearchTerms("", Set.of());

    SearchTerms {
        synonyms = synonyms == null ? "" : synonyms.strip();
        protectedTerms = Set.copyOf(protectedTerms);
    }

    static SearchTerms of(String synonyms, String protectedLines) {
        return new SearchTerms(synonyms, lines(protectedLines));
    }

    static Set<String> lines(String text) {
        if (text == null) {
            return Set.of();
        }
        return Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty() && !s.startsWith("#"))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    int synonymLines() {
        return lines(synonyms).size();
    }
}
