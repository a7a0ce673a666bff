package org.civitas.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Highlighted text as segments: marks that touch become one, stray markers never reach the page. */
class SnippetsTest {

    private static String mark(String word) {
        return Snippets.START + word + Snippets.END;
    }

    @Test
    void wordsOfAPhraseMarkedOneByOneBecomeOneMark() {
        String highlighted = "全州高原" + mark("湿地") + mark("生态") + mark("保护") + "推进会召开";
        assertThat(Snippets.parse(highlighted))
                .containsExactly(
                        new Snippets.Segment("全州高原", false),
                        new Snippets.Segment("湿地生态保护", true),
                        new Snippets.Segment("推进会召开", false));
    }

    @Test
    void separatedMarksStaySeparateAndUnclosedMarkersAreDropped() {
        List<Snippets.Segment> segments =
                Snippets.parse(mark("灾后") + "的" + mark("重建") + Snippets.START + "项目" + Snippets.END + Snippets.END);
        assertThat(segments)
                .containsExactly(
                        new Snippets.Segment("灾后", true),
                        new Snippets.Segment("的", false),
                        new Snippets.Segment("重建项目", true));
        assertThat(Snippets.parse(null)).isEmpty();
        assertThat(Snippets.plain("一".repeat(300), 120).getFirst().text()).hasSize(121);
    }
}
