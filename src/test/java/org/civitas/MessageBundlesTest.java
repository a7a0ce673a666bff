package org.civitas;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * UI text lives in message bundles, Chinese first and English complete: every
 * {@code i18n/<name>.properties} has an {@code <name>_en.properties} twin with the same keys, no
 * message is empty or defined twice, every bundle is registered, and every literal {@code #{key}} in a
 * template exists.
 */
class MessageBundlesTest {

    private static final Path RESOURCES = Path.of(System.getProperty("basedir", "."), "src", "main", "resources");
    private static final Path I18N = RESOURCES.resolve("i18n");
    private static final Path TEMPLATES = RESOURCES.resolve("templates");

    /** A literal key right after "#{", ending at "}" or at the "(" of its arguments; skips #{${...}}. */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{\\s*([A-Za-z0-9_.:\\-]+)\\s*[}(]");

    private static final Pattern BASENAMES = Pattern.compile("(?m)^\\s*basename:\\s*(\\S+)");

    @Test
    void everyBundleHasAnEnglishTwinWithTheSameKeys() {
        List<String> problems = new ArrayList<>();
        for (String name : bundleNames()) {
            Path chinese = I18N.resolve(name + ".properties");
            Path english = I18N.resolve(name + "_en.properties");
            if (!Files.exists(chinese)) {
                problems.add(english.getFileName() + " has no Chinese (default) bundle " + chinese.getFileName());
                continue;
            }
            if (!Files.exists(english)) {
                problems.add(chinese.getFileName() + " has no English twin " + english.getFileName());
                continue;
            }
            Set<String> zh = load(chinese).stringPropertyNames();
            Set<String> en = load(english).stringPropertyNames();
            missing(zh, en).forEach(key -> problems.add(english.getFileName() + " lacks " + key));
            missing(en, zh).forEach(key -> problems.add(chinese.getFileName() + " lacks " + key));
        }
        report("Message bundles differ in their keys", problems);
    }

    @Test
    void noMessageIsEmptyOrDefinedTwice() {
        List<String> problems = new ArrayList<>();
        for (Path file : bundleFiles()) {
            var messages = load(file);
            messages.duplicates.forEach(key -> problems.add(file.getFileName() + " defines " + key + " twice"));
            messages.forEach((key, value) -> {
                if (value.toString().isBlank()) {
                    problems.add(file.getFileName() + " has an empty message for " + key);
                }
            });
        }
        report("Messages that are empty or defined twice", problems);
    }

    @Test
    void everyBundleIsRegisteredInSpringMessagesBasename() throws IOException {
        String yaml = Files.readString(RESOURCES.resolve("application.yml"), StandardCharsets.UTF_8);
        Matcher m = BASENAMES.matcher(yaml);
        Set<String> registered = m.find() ? Set.of(m.group(1).split(",")) : Set.of();
        List<String> problems = new ArrayList<>();
        for (String name : bundleNames()) {
            if (!registered.contains("i18n/" + name)) {
                problems.add("i18n/" + name + " (add it to spring.messages.basename in application.yml)");
            }
        }
        report("Bundles that Spring never reads", problems);
    }

    @Test
    void everyKeyUsedInATemplateExists() throws IOException {
        Set<String> known = new HashSet<>();
        for (String name : bundleNames()) {
            Path chinese = I18N.resolve(name + ".properties");
            if (Files.exists(chinese)) {
                known.addAll(load(chinese).stringPropertyNames());
            }
        }
        Map<String, Set<String>> unknownByTemplate = new TreeMap<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path template :
                    files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = TEMPLATE_KEY.matcher(Files.readString(template, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!known.contains(m.group(1))) {
                        unknownByTemplate
                                .computeIfAbsent(TEMPLATES.relativize(template).toString(), t -> new TreeSet<>())
                                .add(m.group(1));
                    }
                }
            }
        }
        List<String> problems = new ArrayList<>();
        unknownByTemplate.forEach((template, keys) -> problems.add(template + ": " + String.join(", ", keys)));
        report("Templates use message keys that no bundle defines", problems);
    }

    /**
     * Words a Chinese message may keep in Latin letters: names of products, formats and standards,
     * and literal values a user types (command-line words, field names of the import format). Acronyms
     * in capitals (API, PDF, URL, ID, SM3, ...) and code-like tokens (user:create,
     * civitas.publishing.export-dir, {placeholders}) are allowed without being listed.
     */
    private static final Set<String> LATIN_TERMS_IN_CHINESE = Set.of(
            "Civitas",
            "Lotus",
            "Notes",
            "lossless",
            "Word",
            "Spring",
            "Java",
            "PostgreSQL",
            "nginx",
            "WebP",
            "UKey",
            "Bearer",
            "Ctrl",
            "Lines",
            "zip",
            "docx",
            "doc",
            "pdf",
            "png",
            "bm",
            "lang",
            "demo",
            "data",
            "civitas",
            "seq",
            "postgres",
            "gm",
            "reindex",
            "backup",
            "mustache",
            "http",
            "https",
            "api",
            "admin",
            "sub",
            "help",
            "check",
            "portal",
            "county",
            "department",
            "default",
            "clean",
            "drift",
            "all",
            "authority",
            "category",
            "year",
            "title",
            "body",
            "subtitle",
            "summary",
            "source",
            "author",
            "tags",
            "pinned",
            "user",
            "number",
            "total",
            "multipart",
            "Authorization",
            "n",
            "rrggbb");

    /** English messages that show Chinese on purpose: examples of Chinese input the user must type. */
    private static final Set<String> CHINESE_EXAMPLES_IN_ENGLISH = Set.of(
            "create-site.name",
            "content.validity.invalid",
            "journal.numberFormat.help",
            "search.terms.synonyms.help",
            "search.terms.protected.help",
            "site.icp.invalid",
            "site.police.invalid",
            "site.blueprint.placeholder",
            "create-site.code",
            "site.siteCode",
            "site.partyLabel");

    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_.:/@\\-]*");

    @Test
    void englishMessagesHoldNoChineseAndChineseMessagesNoEnglishWords() {
        List<String> problems = new ArrayList<>();
        for (Path file : bundleFiles()) {
            boolean english = file.getFileName().toString().endsWith("_en.properties");
            load(file).forEach((k, v) -> {
                String key = k.toString();
                String value = v.toString();
                if (english) {
                    if (CJK.matcher(value).find() && !CHINESE_EXAMPLES_IN_ENGLISH.contains(key)) {
                        problems.add(file.getFileName() + " " + key + " has Chinese: " + value);
                    }
                    return;
                }
                Matcher words = LATIN_WORD.matcher(PLACEHOLDER.matcher(value).replaceAll(" "));
                while (words.find()) {
                    String word = words.group();
                    if (!allowedInChinese(word)) {
                        problems.add(
                                file.getFileName() + " " + key + " has the English word \"" + word + "\": " + value);
                    }
                }
            });
        }
        report("Messages in the other language", problems);
    }

    /** An acronym, a code-like token or a listed term, none of which has a Chinese rendering to prefer. */
    private static boolean allowedInChinese(String word) {
        return LATIN_TERMS_IN_CHINESE.contains(word)
                || word.equals(word.toUpperCase(java.util.Locale.ROOT))
                || word.matches(".*[0-9_.:/@\\-].*")
                || word.matches("[a-z]+[A-Z][A-Za-z]*");
    }

    /** The bundles Spring reads, as "i18n/platform", in the order of spring.messages.basename. */
    static List<String> registeredBasenames() {
        try {
            Matcher m =
                    BASENAMES.matcher(Files.readString(RESOURCES.resolve("application.yml"), StandardCharsets.UTF_8));
            return m.find() ? List.of(m.group(1).split(",")) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Base names of the bundles ("platform" for platform.properties and platform_en.properties). */
    private static Set<String> bundleNames() {
        Set<String> names = new TreeSet<>();
        for (Path file : bundleFiles()) {
            String name = file.getFileName().toString().replace(".properties", "");
            names.add(name.endsWith("_en") ? name.substring(0, name.length() - 3) : name);
        }
        return names;
    }

    private static List<Path> bundleFiles() {
        try (Stream<Path> files = Files.list(I18N)) {
            return files.filter(p -> p.toString().endsWith(".properties"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> missing(Set<String> expected, Set<String> actual) {
        Set<String> missing = new TreeSet<>();
        expected.stream().filter(k -> !actual.contains(k)).forEach(missing::add);
        return missing;
    }

    private static void report(String title, List<String> problems) {
        if (!problems.isEmpty()) {
            fail(title + " (" + problems.size() + "):\n  " + String.join("\n  ", problems));
        }
    }

    private static Messages load(Path file) {
        var messages = new Messages();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            messages.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(file + " is not readable UTF-8 properties", e);
        }
        return messages;
    }

    /** Properties that remember keys defined more than once (the later silently wins otherwise). */
    private static final class Messages extends Properties {

        final Set<String> duplicates = new TreeSet<>();

        @Override
        public synchronized Object put(Object key, Object value) {
            Object previous = super.put(key, value);
            if (previous != null) {
                duplicates.add(key.toString());
            }
            return previous;
        }
    }
}
