package org.civitas.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** SmartChineseAnalyzer's segmentation with the administrator's protected terms and synonyms. */
class ChineseAnalyzerTest {

    @Test
    void segmentsChineseAndDropsPunctuation() {
        var tokens = ChineseAnalyzer.forSearch(SearchTerms.NONE).tokens("阿坝州政府发布地震灾后重建信息。");
        assertThat(tokens).contains("重建", "信息").doesNotContain("。");
    }

    @Test
    void protectedTermsStayWhole() {
        String text = "九寨沟县旅游安全管理办法";
        assertThat(ChineseAnalyzer.forSearch(SearchTerms.NONE).tokens(text)).doesNotContain("九寨沟县");
        assertThat(ChineseAnalyzer.forSearch(SearchTerms.of("", "九寨沟县")).tokens(text))
                .contains("九寨沟县");
    }

    @Test
    void synonymsAreSearchedBesideTheWord() {
        SearchTerms terms = SearchTerms.of("阿坝州,阿坝藏族羌族自治州", "阿坝州\n阿坝藏族羌族自治州");
        assertThat(ChineseAnalyzer.forSearch(terms).tokens("阿坝州召开会议")).contains("阿坝州", "阿坝藏族羌族自治州");
        assertThat(ChineseAnalyzer.forIndexing(terms).tokens("阿坝州召开会议")).doesNotContain("阿坝藏族羌族自治州");
    }

    @Test
    void unreadableSynonymsAreRefused() {
        assertThatThrownBy(() -> ChineseAnalyzer.forSearch(SearchTerms.of("甲 => 乙 => 丙", "")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
