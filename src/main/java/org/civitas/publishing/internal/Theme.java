package org.civitas.publishing.internal;

import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.civitas.publishing.view.PageContent;
import org.civitas.publishing.view.PageLayout;

/**
 * A compiled theme: templates, the messages they show (Chinese and English) and static assets. Built
 * only through {@link #of}, which runs the sandbox checks, so a theme in use has passed them.
 */
public final class Theme {

    /** The pages every theme must be able to render. */
    static final Set<String> REQUIRED_TEMPLATES = Set.of("home", "channel", "article", "disclosure", "error");

    private final String name;
    private final Map<String, Template> templates;
    private final Map<String, String> messagesZh;
    private final Map<String, String> messagesEn;
    private final Map<String, Asset> assets;
    private final String version;

    private Theme(
            String name,
            Map<String, Template> templates,
            Map<String, String> messagesZh,
            Map<String, String> messagesEn,
            Map<String, Asset> assets,
            String version) {
        this.name = name;
        this.templates = templates;
        this.messagesZh = messagesZh;
        this.messagesEn = messagesEn;
        this.assets = assets;
        this.version = version;
    }

    /**
     * Builds a theme from its files (path relative to the theme folder → content): {@code templates/*.mustache},
     * {@code messages.properties} (Chinese), {@code messages_en.properties} and {@code assets/**}.
     *
     * @param fallbackMessages messages used where the theme has none (the default theme's), may be empty
     * @throws ThemeRefusal when a required template is missing or a template breaks the sandbox
     */
    static Theme of(String name, Map<String, byte[]> files, Map<String, String> fallbackMessages) {
        Map<String, String> sources = new TreeMap<>();
        Map<String, Asset> assets = new HashMap<>();
        MessageDigest digest = sha256();
        files.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            String path = e.getKey();
            if (path.startsWith("templates/") && path.endsWith(".mustache")) {
                sources.put(
                        path.substring("templates/".length(), path.length() - ".mustache".length()),
                        ThemeSandbox.utf8(e.getValue()));
            } else if (path.startsWith("assets/")) {
                assets.put(path.substring("assets/".length()), new Asset(e.getValue(), ThemeFiles.contentType(path)));
            }
            digest.update(path.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update(e.getValue());
        });
        for (String required : new java.util.TreeSet<>(REQUIRED_TEMPLATES)) {
            if (!sources.containsKey(required)) {
                throw new ThemeRefusal("publishing.theme.error.missingTemplate", required + ".mustache");
            }
        }
        Map<String, Template> templates = ThemeSandbox.compileAll(sources);
        Map<String, String> zh = new HashMap<>(fallbackMessages);
        zh.putAll(properties(files.get("messages.properties")));
        Map<String, String> en = new HashMap<>(zh);
        en.putAll(properties(files.get("messages_en.properties")));
        String version = HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        return new Theme(name, Map.copyOf(templates), Map.copyOf(zh), Map.copyOf(en), Map.copyOf(assets), version);
    }

    public String name() {
        return name;
    }

    /** Changes whenever any file of the theme changes; asset links carry it so that they can be cached for long. */
    public String version() {
        return version;
    }

    boolean has(String page) {
        return templates.containsKey(page);
    }

    Template template(String page) {
        Template template = templates.get(page);
        if (template == null) {
            throw new IllegalStateException("Theme " + name + " has no template " + page);
        }
        return template;
    }

    /**
     * Renders template {@code page}: names are looked up in {@code content} first, then in the {@code layout}
     * every page shares.
     */
    String render(String page, PageLayout layout, PageContent content) {
        StringWriter out = new StringWriter();
        template(page).execute(content, layout, out);
        return out.toString();
    }

    Map<String, String> messages(Locale locale) {
        return "en".equals(locale.getLanguage()) ? messagesEn : messagesZh;
    }

    String message(Locale locale, String key) {
        return messages(locale).getOrDefault(key, key);
    }

    public Optional<Asset> asset(String path) {
        return Optional.ofNullable(assets.get(path));
    }

    public Map<String, Asset> assets() {
        return assets;
    }

    static Map<String, String> properties(byte[] content) {
        Map<String, String> messages = new HashMap<>();
        if (content == null) {
            return messages;
        }
        var properties = new Properties();
        try {
            properties.load(new StringReader(ThemeSandbox.utf8(content)));
        } catch (IOException | IllegalArgumentException e) {
            throw new ThemeRefusal("publishing.theme.error.messages");
        }
        properties.stringPropertyNames().forEach(key -> messages.put(key, properties.getProperty(key)));
        return messages;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A static file of a theme, served under {@code /assets/<theme>/}. */
    public record Asset(byte[] content, String contentType) {}
}
