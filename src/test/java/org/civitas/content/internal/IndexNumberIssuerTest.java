package org.civitas.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.civitas.content.IndexNumberRules.IndexRule;
import org.junit.jupiter.api.Test;

class IndexNumberIssuerTest {

    private static String number(String pattern, String category) {
        return IndexNumberIssuer.format(new IndexNumberIssuer.Rule("11513221MB0000001X", pattern), category, 2026, 12);
    }

    @Test
    void theDefaultPatternIsAuthorityCategoryYearAndSequence() {
        assertThat(number(IndexRule.DEFAULT_PATTERN, "GKML")).isEqualTo("11513221MB0000001X/GKML/2026-00012");
    }

    @Test
    void aChannelWithoutCategoryLeavesOutTheCategoryAndOneSeparator() {
        assertThat(number(IndexRule.DEFAULT_PATTERN, "")).isEqualTo("11513221MB0000001X/2026-00012");
        assertThat(number(IndexRule.DEFAULT_PATTERN, null)).isEqualTo("11513221MB0000001X/2026-00012");
        assertThat(number("{authority}-{category}/{year}-{seq:5}", "")).isEqualTo("11513221MB0000001X/2026-00012");
        assertThat(number("{category}-{authority}-{year}-{seq}", "")).isEqualTo("11513221MB0000001X-2026-12");
        assertThat(number("{authority}{category}{seq:3}", "")).isEqualTo("11513221MB0000001X012");
    }

    @Test
    void patternsWithoutCategoryAreUnchanged() {
        assertThat(number("{authority}/{year}-{seq:5}", "GKML")).isEqualTo("11513221MB0000001X/2026-00012");
    }
}
