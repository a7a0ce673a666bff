package org.civitas.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.civitas.platform.TextDiff.Kind;
import org.civitas.platform.TextDiff.Row;
import org.civitas.platform.TextDiff.Segment;
import org.junit.jupiter.api.Test;

class TextDiffTest {

    @Test
    void identicalTextsHaveOnlyUnchangedRows() {
        var result = TextDiff.compare("第一行\n第二行", "第一行\n第二行");

        assertThat(result.identical()).isTrue();
        assertThat(result.rows()).extracting(Row::kind).containsOnly(Kind.SAME);
    }

    @Test
    void oneChangedChineseCharacterIsMarkedAloneNotTheWholeLine() {
        var result = TextDiff.compare("汶川县召开防汛工作会议", "汶川县召开抗旱工作会议");

        assertThat(result.changed()).isEqualTo(1);
        Row row = result.rows().getFirst();
        assertThat(row.kind()).isEqualTo(Kind.CHANGED);
        assertThat(changedText(row.before())).isEqualTo("防汛");
        assertThat(changedText(row.after())).isEqualTo("抗旱");
        assertThat(allText(row.before())).isEqualTo("汶川县召开防汛工作会议");
        assertThat(allText(row.after())).isEqualTo("汶川县召开抗旱工作会议");
    }

    @Test
    void latinWordsAreComparedAsWholeWords() {
        Row row = TextDiff.compare("version 12 released", "version 13 released")
                .rows()
                .getFirst();

        assertThat(changedText(row.before())).isEqualTo("12");
        assertThat(changedText(row.after())).isEqualTo("13");
    }

    @Test
    void addedAndRemovedLinesAreCountedWithTheirLineNumbers() {
        var result = TextDiff.compare("甲\n乙\n丙", "甲\n丙\n丁");

        assertThat(result.removed()).isEqualTo(1);
        assertThat(result.added()).isEqualTo(1);
        assertThat(result.rows())
                .extracting(Row::kind, Row::oldLine, Row::newLine)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Kind.SAME, 1, 1),
                        org.assertj.core.groups.Tuple.tuple(Kind.REMOVED, 2, 0),
                        org.assertj.core.groups.Tuple.tuple(Kind.SAME, 3, 2),
                        org.assertj.core.groups.Tuple.tuple(Kind.ADDED, 0, 3));
    }

    @Test
    void nullCountsAsEmpty() {
        assertThat(TextDiff.compare(null, null).identical()).isTrue();
        assertThat(TextDiff.compare(null, "新内容").added()).isEqualTo(1);
    }

    @Test
    void richTextIsComparedAsWhatReadersSee() {
        var result =
                TextDiff.compareRichText("<p>通知如下：</p><p>一、<strong>时间</strong>安排</p>", "<p>通知如下：</p><p>一、时间安排</p>");

        assertThat(result.identical())
                .as("formatting alone is not a change readers see")
                .isTrue();
    }

    @Test
    void longUnchangedRunsAreCollapsedAroundChanges() {
        String before = IntStream.rangeClosed(1, 20).mapToObj(i -> "行" + i).collect(Collectors.joining("\n"));
        String after = before.replace("行10", "第十行");

        var collapsed = TextDiff.compare(before, after).collapsed(2);

        assertThat(collapsed.rows())
                .extracting(Row::kind)
                .containsExactly(Kind.SKIPPED, Kind.SAME, Kind.SAME, Kind.CHANGED, Kind.SAME, Kind.SAME, Kind.SKIPPED);
        assertThat(collapsed.rows().getFirst().skipped()).isEqualTo(7);
        assertThat(collapsed.rows().getLast().skipped()).isEqualTo(8);
        assertThat(collapsed.changed()).isEqualTo(1);
    }

    @Test
    void markupInTheTextStaysText() {
        Row row = TextDiff.compare("a", "<script>alert(1)</script>").rows().getFirst();

        assertThat(allText(row.after())).isEqualTo("<script>alert(1)</script>");
    }

    private static String changedText(List<Segment> segments) {
        return segments.stream().filter(Segment::changed).map(Segment::text).collect(Collectors.joining());
    }

    private static String allText(List<Segment> segments) {
        return segments.stream().map(Segment::text).collect(Collectors.joining());
    }
}
