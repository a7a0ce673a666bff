package org.civitas.exchange.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import org.civitas.content.ArticleDraft;
import org.civitas.content.trusted.ArticleOperations;
import org.civitas.platform.DomainException;
import org.civitas.site.ChannelView;
import org.civitas.site.SiteView;
import org.civitas.site.trusted.SiteDirectory;
import org.springframework.context.ApplicationContext;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports published articles from a JSON Lines file (one article per line: {@code siteCode},
 * {@code channelCode}, {@code title}, {@code body} required; {@code subtitle}, {@code summary},
 * {@code source}, {@code author}, {@code tags}, {@code pinned}, {@code publishedAt} optional), e.g. when
 * moving from an old CMS. All or nothing: every line is checked first, and the articles are then
 * published in one transaction, so that a refused line leaves the installation as it was.
 */
final class ArticleImport {

    /** How many bad lines a refusal lists; the count says how many there were in all. */
    private static final int LISTED_PROBLEMS = 20;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Line(int number, String siteCode, String channelCode, ArticleDraft draft) {}

    record Result(int articles, int sites) {}

    private final ApplicationContext context;
    private final CliMessages messages;

    ArticleImport(ApplicationContext context, CliMessages messages) {
        this.context = context;
        this.messages = messages;
    }

    Result run(Path file, String actor, IntConsumer progress) {
        List<Line> lines = read(file);
        ArticleOperations operations = context.getBean(ArticleOperations.class);
        Set<String> sites = new HashSet<>();
        lines.forEach(line -> sites.add(line.siteCode()));
        int[] done = {0};
        try {
            operations.publishAll(
                    actor,
                    lines.stream()
                            .map(l -> new ArticleOperations.Placement(l.siteCode(), l.channelCode(), l.draft()))
                            .toList(),
                    n -> {
                        done[0] = n;
                        if (n % 1000 == 0) {
                            progress.accept(n);
                        }
                    });
        } catch (DomainException e) {
            Line line = lines.get(done[0]);
            throw new DomainException(
                    "import.line.refused",
                    line.number(),
                    context.getMessage(e.messageKey(), e.arguments(), e.messageKey(), messages.locale()));
        }
        return new Result(lines.size(), sites.size());
    }

    /** Every line parsed and checked against the sites and channels, or a refusal listing the bad lines. */
    List<Line> read(Path file) {
        SiteDirectory directory = context.getBean(SiteDirectory.class);
        List<Line> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int problemCount = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String text;
            int number = 0;
            while ((text = reader.readLine()) != null) {
                number++;
                if (text.isBlank()) {
                    continue;
                }
                try {
                    lines.add(parse(number, text, directory));
                } catch (LineProblem problem) {
                    if (++problemCount <= LISTED_PROBLEMS) {
                        problems.add(messages.text("import.line", number, problem.getMessage()));
                    }
                }
            }
        } catch (IOException e) {
            throw new DomainException("import.file.unreadable", file, e.getMessage());
        }
        if (problemCount > 0) {
            throw new DomainException("import.invalid", file, problemCount, String.join("\n", problems));
        }
        if (lines.isEmpty()) {
            throw new DomainException("import.empty", file);
        }
        return lines;
    }

    private Line parse(int number, String text, SiteDirectory directory) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JacksonException e) {
            throw new LineProblem(messages.text("import.json"));
        }
        if (node == null || !node.isObject()) {
            throw new LineProblem(messages.text("import.json"));
        }
        String siteCode = required(node, "siteCode");
        String channelCode = required(node, "channelCode");
        String title = required(node, "title");
        String body = required(node, "body");
        SiteView site = directory
                .findByCode(siteCode)
                .orElseThrow(() -> new LineProblem(messages.text("import.site", siteCode)));
        if (findChannel(directory.channels(site.id()), channelCode).isEmpty()) {
            throw new LineProblem(messages.text("import.channel", siteCode, channelCode));
        }
        List<String> tags = new ArrayList<>();
        if (node.has("tags") && node.get("tags").isArray()) {
            node.get("tags").forEach(tag -> tags.add(tag.asString()));
        }
        var draft = new ArticleDraft(
                title,
                optional(node, "subtitle"),
                optional(node, "summary"),
                body,
                null,
                List.of(),
                optional(node, "source"),
                optional(node, "author"),
                tags,
                node.has("pinned") && node.get("pinned").asBoolean(),
                0,
                null,
                instant(node, "publishedAt"),
                null,
                null,
                null);
        return new Line(number, siteCode, channelCode, draft);
    }

    private static Optional<ChannelView> findChannel(List<ChannelView> channels, String code) {
        for (ChannelView channel : channels) {
            if (channel.code().equals(code)) {
                return Optional.of(channel);
            }
            Optional<ChannelView> below = findChannel(channel.children(), code);
            if (below.isPresent()) {
                return below;
            }
        }
        return Optional.empty();
    }

    private String required(JsonNode node, String field) {
        String value = optional(node, field);
        if (value == null || value.isBlank()) {
            throw new LineProblem(messages.text("import.missing", field));
        }
        return value;
    }

    private static String optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private Instant instant(JsonNode node, String field) {
        String value = optional(node, field);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new LineProblem(messages.text("import.time", value));
        }
    }

    /** A reason a line cannot be imported, already in the operator's language. */
    private static final class LineProblem extends RuntimeException {
        LineProblem(String message) {
            super(message, null, false, false);
        }
    }
}
