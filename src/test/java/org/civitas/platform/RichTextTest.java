package org.civitas.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.owasp.html.Encoding;

class RichTextTest {

    private static final Set<String> ALLOWED_ELEMENTS = Set.of(
            "p",
            "br",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "strong",
            "b",
            "em",
            "i",
            "u",
            "s",
            "sub",
            "sup",
            "blockquote",
            "ul",
            "ol",
            "li",
            "table",
            "caption",
            "thead",
            "tbody",
            "tfoot",
            "tr",
            "th",
            "td",
            "hr",
            "pre",
            "code",
            "a",
            "img",
            "figure",
            "figcaption",
            "span",
            "div");
    private static final Set<String> ALLOWED_ATTRIBUTES = Set.of(
            "href", "rel", "title", "src", "alt", "width", "height", "colspan", "rowspan", "scope", "start", "class");
    private static final Set<String> FORBIDDEN_TEXT = Set.of(
            "<script", "<iframe", "<object", "<embed", "<svg", "<math", "<form", "<meta", "<base", "<style", "<link",
            "style=");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-z0-9]+)((?:\\s+[a-z-]+=\"[^\"<>]*\")*)\\s*/?>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-z-]+)=\"([^\"]*)\"");
    private static final Pattern DANGEROUS_URL = Pattern.compile("^(javascript|vbscript|data|file):.*", Pattern.DOTALL);

    static List<String> payloads() throws IOException {
        try (InputStream in = RichTextTest.class.getResourceAsStream("/richtext/xss-payloads.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("# "))
                    .toList();
        }
    }

    @Test
    void thePayloadListIsSubstantial() throws IOException {
        assertThat(payloads()).hasSizeGreaterThan(60);
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void knownAttackVectorsComeOutInert(String payload) {
        String safe = RichText.clean(payload);

        assertInert(safe);
        assertThat(RichText.clean(safe)).as("idempotent").isEqualTo(safe);
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void removalsAreReportedForAttackVectorsWithMarkup(String payload) {
        RichText.Result result = RichText.sanitize(payload);
        if (!result.html().contains("<") && payload.contains("<") && payload.matches("(?s).*<[a-zA-Z].*")) {
            assertThat(result.changed())
                    .as("markup was dropped, so it is reported")
                    .isTrue();
        }
    }

    @Test
    void templateExpressionsStayTextAndAreNotEvaluated() {
        String safe = RichText.clean("<p>[[${T(java.lang.Runtime).getRuntime().exec('id')}]]</p>");

        assertThat(RichText.toPlainText(safe)).isEqualTo("[[${T(java.lang.Runtime).getRuntime().exec('id')}]]");
        assertThat(safe).startsWith("<p>").endsWith("</p>");
    }

    @Test
    void anOrdinaryChineseArticleSurvivesUnchanged() {
        String article = "<h2>关于做好2026年春节期间安全生产工作的通知</h2>"
                + "<p class=\"text-center\"><strong>阿坝州人民政府办公室</strong></p>"
                + "<p>各县（市）人民政府，州级各部门：<br />现将有关事项<em>通知</em>如下。</p>"
                + "<h3>一、总体要求</h3>"
                + "<ol><li>压实<u>责任</u>；</li><li>加强<s>巡查</s>检查。</li></ol>"
                + "<table class=\"table\"><thead><tr><th scope=\"col\">序号</th><th scope=\"col\">单位</th></tr></thead>"
                + "<tbody><tr><td>1</td><td colspan=\"2\">应急管理局</td></tr></tbody></table>"
                + "<figure><img src=\"/api/v1/blobs/12\" alt=\"会议现场\" width=\"640\" height=\"360\" />"
                + "<figcaption>会议现场</figcaption></figure>"
                + "<p>详见<a href=\"https://www.abazhou.gov.cn/zwgk/\" rel=\"noopener noreferrer\">州政府门户网站</a>，"
                + "或发送邮件至<a href=\"mailto:office@abazhou.gov.cn\" rel=\"noopener noreferrer\">office@abazhou.gov.cn</a>。"
                + "附件：<a href=\"/files/notice.pdf\" rel=\"noopener noreferrer\">通知全文</a></p>"
                + "<blockquote>安全生产无小事。</blockquote><p>H<sub>2</sub>O，10<sup>3</sup></p>"
                + "<pre><code>2026-01-20</code></pre><hr />"
                + "<p class=\"text-end\">2026年1月20日</p>";

        RichText.Result result = RichText.sanitize(article);

        assertThat(result.html()).isEqualTo(article);
        assertThat(result.changed()).isFalse();
    }

    @Test
    void linksGetNoopenerAndDisallowedFormattingIsReported() {
        RichText.Result result = RichText.sanitize(
                "<p style=\"color:red\" class=\"text-center evil\">x <a href=\"https://example.org\">y</a></p>");

        assertThat(result.html())
                .isEqualTo(
                        "<p class=\"text-center\">x <a href=\"https://example.org\" rel=\"noopener noreferrer\">y</a></p>");
        assertThat(result.changed()).isTrue();
    }

    @Test
    void imagesComeOnlyFromRelativePathsOrHttps() {
        assertThat(RichText.clean("<img src=\"/api/v1/blobs/12\" alt=\"a\" />")).contains("src=\"/api/v1/blobs/12\"");
        assertThat(RichText.clean("<img src=\"images/a.png\" />")).contains("src=\"images/a.png\"");
        assertThat(RichText.clean("<img src=\"https://cdn.example/a.png\" />"))
                .contains("src=\"https://cdn.example/a.png\"");
        assertThat(RichText.clean("<img src=\"http://cdn.example/a.png\" />")).doesNotContain("src=");
        assertThat(RichText.clean("<img src=\"ftp://cdn.example/a.png\" />")).doesNotContain("src=");
    }

    @Test
    void protocolRelativeUrlsAreDroppedFromImagesAndLinks() {
        for (String url : new String[] {
            "//evil.example/x.png",
            "\\\\evil.example/x.png",
            "/\\evil.example/x.png",
            " //evil.example/x.png",
            "/&#92;evil.example/x.png",
            "&#47;&#47;evil.example/x.png"
        }) {
            var image = RichText.sanitize("<p><img src=\"" + url + "\" alt=\"x\" /></p>");
            assertThat(image.html()).as(url).doesNotContain("src=").doesNotContain("evil");
            assertThat(image.changed()).as(url).isTrue();
            assertThat(RichText.clean("<p><a href=\"" + url + "\">x</a></p>"))
                    .as(url)
                    .doesNotContain("href=")
                    .doesNotContain("evil");
        }
        // a path on this host stays
        assertThat(RichText.clean("<a href=\"/s/aba/a/1.html\">x</a>")).contains("href=\"/s/aba/a/1.html\"");
    }

    @Test
    void nullAndEmptyGiveEmptyResults() {
        assertThat(RichText.sanitize(null)).isEqualTo(new RichText.Result("", false));
        assertThat(RichText.sanitize("")).isEqualTo(new RichText.Result("", false));
        assertThat(RichText.toPlainText(null)).isEmpty();
    }

    @Test
    void tooLargeInputIsRefusedWithTheLimit() {
        String huge = "a".repeat(RichText.MAX_LENGTH + 1);

        assertThatThrownBy(() -> RichText.sanitize(huge)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("richtext.tooLarge");
            assertThat(e.arguments()).containsExactly(RichText.MAX_LENGTH);
        });
        assertThat(RichText.sanitize("a".repeat(RichText.MAX_LENGTH)).html()).hasSize(RichText.MAX_LENGTH);
    }

    @Test
    void plainTextDecodesEntitiesSeparatesBlocksAndDropsScripts() {
        String html = "<h2>通知&amp;公告</h2><p>第一段&nbsp;内容 &lt;b&gt;</p><script>alert(1)</script>"
                + "<ul><li>甲</li><li>乙</li></ul><table><tr><td>1</td><td>单位</td></tr></table>";

        assertThat(RichText.toPlainText(html)).isEqualTo("通知&公告\n第一段 内容 <b>\n甲\n乙\n1 单位");
    }

    @Test
    void plainTextLeavesOutWhatTheAllowListDrops() {
        String html = "<p>甲</p><script>alert('x')</script><style>p { color: red }</style>"
                + "<iframe src=\"https://example.org\">框架</iframe><p onclick=\"x()\">乙</p>";

        assertThat(RichText.toPlainText(html)).isEqualTo("甲\n乙");
    }

    @Test
    void randomInputNeverFailsAndSanitizingIsIdempotent() {
        Random random = new Random(20260123L);
        String[] pieces = {
            "<",
            ">",
            "/",
            "\"",
            "'",
            "=",
            " ",
            "\n",
            "&",
            "#",
            ";",
            "x",
            "中",
            "script",
            "img",
            "a",
            "p",
            "table",
            "td",
            "href",
            "src",
            "onerror",
            "javascript:",
            "data:",
            "<!--",
            "-->",
            "&#x6A;",
            "<![CDATA[",
            "]]>",
            "\u0000",
            "\uD83D\uDE00",
            "style",
            "svg",
            "class",
            "text-center",
            "${",
            "}",
            "[[",
            "]]"
        };
        for (int run = 0; run < 2_000; run++) {
            StringBuilder input = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                input.append(
                        random.nextInt(4) == 0 ? (char) random.nextInt(0x3000) : pieces[random.nextInt(pieces.length)]);
            }
            String safe = RichText.clean(input.toString());
            assertInert(safe);
            assertThat(RichText.clean(safe)).as("idempotent for %s", input).isEqualTo(safe);
            assertThat(RichText.toPlainText(input.toString()))
                    .as("the text of %s is the text of its sanitized form", input)
                    .isEqualTo(RichText.toPlainText(safe));
        }
    }

    /** Every tag in the output is allowed, with allowed attributes only, and no URL runs code. */
    private static void assertInert(String safe) {
        String lower = safe.toLowerCase(Locale.ROOT);
        for (String forbidden : FORBIDDEN_TEXT) {
            assertThat(lower).as("output %s", safe).doesNotContain(forbidden);
        }
        Matcher tag = TAG.matcher(safe);
        int tagCount = 0;
        while (tag.find()) {
            tagCount++;
            assertThat(ALLOWED_ELEMENTS).as("element in %s", safe).contains(tag.group(2));
            Matcher attribute = ATTRIBUTE.matcher(tag.group(3));
            while (attribute.find()) {
                String name = attribute.group(1);
                assertThat(ALLOWED_ATTRIBUTES).as("attribute in %s", safe).contains(name);
                String value = Encoding.decodeHtml(attribute.group(2), true)
                        .replaceAll("[\\x00-\\x20\\x7f]", "")
                        .toLowerCase(Locale.ROOT);
                assertThat(value).as("attribute %s in %s", name, safe).doesNotMatch(DANGEROUS_URL);
            }
        }
        // the sanitizer breaks "{{" apart with an empty comment against client-side template engines
        long openings =
                safe.replace("<!-- -->", "").chars().filter(c -> c == '<').count();
        assertThat(openings)
                .as("every '<' opens a well-formed allowed tag in %s", safe)
                .isEqualTo(tagCount);
    }

    @Test
    void languageMarksOfBilingualArticlesAreKeptAndForgedOnesDropped() {
        String bilingual = "<p lang=\"bo\">བོད་ལུགས་ལོ་གསར།</p><p>藏历新年<span lang=\"bo\">ལོ་གསར</span></p>";

        assertThat(RichText.clean(bilingual)).isEqualTo(bilingual);
        assertThat(RichText.clean("<p lang=\"bo&quot; onclick=&quot;x\">x</p>")).isEqualTo("<p>x</p>");
        assertThat(RichText.clean("<p lang=\"zh-CN\">中文</p>")).isEqualTo("<p lang=\"zh-CN\">中文</p>");
    }
}
