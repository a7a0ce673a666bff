package org.civitas.content.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.civitas.content.ArticleDraft;
import org.civitas.content.ContentIntegrationTest;
import org.civitas.content.trusted.ArticleOperations;
import org.civitas.identity.CivitasUser;
import org.civitas.platform.DomainException;
import org.civitas.site.ChannelType;
import org.civitas.site.ChannelView;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Titles are plain text kept as typed, so every place that shows one must escape it: the article page,
 * the home page, the channel list, the channel's Atom and RSS feeds, the aggregation API and the console's article
 * list. The project's XSS payload list is packed into a few titles (at most 200 characters each) and
 * every surface is parsed (jsoup, not string search) to check that no payload became markup and that
 * each title comes back as exactly its text.
 */
class TitleEscapingIntegrationTest extends ContentIntegrationTest {

    /** Fewer than a channel page, a feed (20 each) and a console page (20) hold, with the demo's own: leaf channels only. */
    private static final int PER_CHANNEL = 10;

    private static final Set<String> ACTIVE =
            Set.of("script", "iframe", "object", "embed", "frame", "frameset", "base", "svg", "math", "applet");

    private static final Set<String> URL_ATTRIBUTES =
            Set.of("href", "src", "action", "formaction", "xlink:href", "data", "background", "poster");

    @Autowired
    WebApplicationContext context;

    @Autowired
    ArticleOperations operations;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void titlesFromTheXssListAreEscapedEverywhereTheyAreShown() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        List<ChannelView> lists = sites.channels(site(WENCHUAN).id()).stream()
                .flatMap(c -> java.util.stream.Stream.concat(java.util.stream.Stream.of(c), c.children().stream()))
                .filter(c -> c.type() == ChannelType.LIST && c.children().isEmpty())
                .toList();
        String since = Instant.now().minusSeconds(1).toString();

        // title -> channel it went to
        Map<String, ChannelView> published = new LinkedHashMap<>();
        Map<String, Long> ids = new HashMap<>();
        for (String title : titles()) {
            ChannelView channel = lists.get(published.size() / PER_CHANNEL);
            try {
                long id = operations
                        .publish("test", WENCHUAN, channel.code(), ArticleDraft.of(title, "<p>正文</p>"))
                        .id();
                published.put(title, channel);
                ids.put(title, id);
            } catch (DomainException e) {
                // refused outright (control characters, line breaks): nothing to show, so inert
                assertThat(e.messageKey()).isIn("content.text.control", "content.title.required");
            }
        }
        assertThat(published).hasSizeGreaterThan(10);

        Set<ChannelView> channels = new HashSet<>(published.values());
        for (var entry : published.entrySet()) {
            String title = entry.getKey();
            Document page = html(mvc, "/s/" + WENCHUAN + "/a/" + ids.get(title) + ".html");
            assertInert(page);
            assertThat(normal(page.title())).contains(normal(title));
            assertThat(normal(page.body().text())).contains(normal(title));
        }
        // the home page's blocks show the newest titles too
        assertInert(html(mvc, "/s/" + WENCHUAN + "/"));
        CivitasUser editor = (CivitasUser) details.loadUserByUsername(wenchuanEditor);
        for (ChannelView channel : channels) {
            List<String> titles = published.entrySet().stream()
                    .filter(e -> e.getValue().equals(channel))
                    .map(Map.Entry::getKey)
                    .toList();

            Document list = html(mvc, "/s/" + WENCHUAN + "/c/" + channel.code() + "/");
            assertInert(list);
            assertShown(list.body().text(), titles);

            for (String format : List.of("atom", "rss")) {
                MockHttpServletResponse response = mvc.perform(
                                get("/s/" + WENCHUAN + "/c/" + channel.code() + "/feed." + format))
                        .andReturn()
                        .getResponse();
                assertThat(response.getStatus()).isEqualTo(200);
                Document feed = Jsoup.parse(response.getContentAsString(), Parser.xmlParser());
                List<String> feedTitles =
                        feed.select("entry > title, item > title").eachText();
                assertThat(feedTitles)
                        .as(format)
                        .containsAll(titles.stream()
                                .map(TitleEscapingIntegrationTest::normal)
                                .toList());
                for (Element e : feed.select("[type=html], [type=xhtml], description, summary, content")) {
                    // text a feed reader renders as HTML must itself be inert
                    assertInert(Jsoup.parse(e.text()));
                }
                assertThat(feed.select("script, entry > title *, item > title *"))
                        .as(format)
                        .isEmpty();
            }

            MockHttpServletRequestBuilder console = get("/admin/articles")
                    .param("site", "" + site(WENCHUAN).id())
                    .param("channel", "" + channel.id())
                    .with(user(editor))
                    .accept("text/html")
                    .locale(Locale.SIMPLIFIED_CHINESE);
            MockHttpServletResponse consoleResponse =
                    mvc.perform(console).andReturn().getResponse();
            assertThat(consoleResponse.getStatus()).isEqualTo(200);
            Document consoleList = Jsoup.parse(consoleResponse.getContentAsString());
            assertInert(consoleList);
            assertShown(consoleList.body().text(), titles);
        }

        MockHttpServletResponse api = mvc.perform(get("/api/v1/sites/" + WENCHUAN + "/articles")
                        .param("since", since)
                        .param("size", "100"))
                .andReturn()
                .getResponse();
        assertThat(api.getStatus()).isEqualTo(200);
        assertThat(api.getContentType()).startsWith("application/json");
        List<String> apiTitles = new ArrayList<>();
        for (JsonNode item : json.readTree(api.getContentAsString()).get("items")) {
            apiTitles.add(item.path("title").asString());
        }
        assertThat(apiTitles)
                .as("JSON carries the title as data, exactly as typed")
                .containsAll(published.keySet());
    }

    /** The payload list packed into titles of at most 200 characters (longer payloads cut to 200). */
    private static List<String> titles() throws IOException {
        List<String> titles = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String payload : payloads()) {
            String p = payload.length() > 200 ? payload.substring(0, 200) : payload;
            if (!current.isEmpty() && current.length() + 1 + p.length() > 200) {
                titles.add(current.toString());
                current.setLength(0);
            }
            if (p.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                titles.add(p); // alone: it is probably refused, and must not take others with it
                continue;
            }
            current.append(current.isEmpty() ? "" : " ").append(p);
        }
        if (!current.isEmpty()) {
            titles.add(current.toString());
        }
        return titles.stream()
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .distinct()
                .toList();
    }

    private static List<String> payloads() throws IOException {
        try (InputStream in = TitleEscapingIntegrationTest.class.getResourceAsStream("/richtext/xss-payloads.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("# "))
                    .toList();
        }
    }

    private static Document html(MockMvc mvc, String path) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get(path).accept("text/html")).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private static void assertShown(String text, List<String> titles) {
        String shown = normal(text);
        for (String title : titles) {
            assertThat(shown).as("shown as its text: %s", title).contains(normal(title));
        }
    }

    /** No payload became markup: no active elements but the page's own scripts, handlers or script URLs. */
    private static void assertInert(Document doc) {
        for (Element e : doc.getAllElements()) {
            if (ACTIVE.contains(e.normalName())) {
                assertThat(e.normalName().equals("script")
                                && e.hasAttr("src")
                                && e.attr("src").startsWith("/"))
                        .as("active element %s", e.outerHtml())
                        .isTrue();
                assertThat(e.data()).as("inline script").isBlank();
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                assertThat(name).as("handler on %s", e.outerHtml()).doesNotStartWith("on");
                if (URL_ATTRIBUTES.contains(name)) {
                    String url = a.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
                    assertThat(url)
                            .as("%s of %s", name, e.outerHtml())
                            .doesNotStartWith("javascript:")
                            .doesNotStartWith("vbscript:")
                            .doesNotStartWith("data:text/html");
                }
            }
        }
    }

    private static String normal(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
