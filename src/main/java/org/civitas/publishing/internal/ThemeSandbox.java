package org.civitas.publishing.internal;

import com.samskivert.mustache.BasicCollector;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.io.StringReader;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles theme templates so that they cannot reach Java: the collector looks values up only in the
 * components of the {@link ViewModels view-model records}, text maps and lists (so {@code {{class}}} or
 * {@code getClass} find nothing), partials come only from the same theme, and {@link #check} refuses any
 * name that is no view model's component, unescaped output of anything but the sanitized article body,
 * and changed delimiters (which would hide tags from that check).
 */
public final class ThemeSandbox {

    /** Values a template may write unescaped: sanitized HTML made by Civitas, never raw user text. */
    static final Set<String> RAW_ALLOWED = Set.of("article.body", "body");

    private static final Pattern PARTIAL_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final Pattern RAW_TAG = Pattern.compile("\\{\\{\\{\\s*([^}]*?)\\s*}}}|\\{\\{&\\s*([^}]*?)\\s*}}");
    private static final Pattern DELIMITER_TAG = Pattern.compile("\\{\\{\\s*=");

    private ThemeSandbox() {}

    /** A compiler whose partials are the other templates of {@code templates} (name → source). */
    static Mustache.Compiler compiler(Map<String, String> templates) {
        return compiler(templates, ViewModels.THEMES);
    }

    static Mustache.Compiler compiler(Map<String, String> templates, ViewModels models) {
        return Mustache.compiler()
                .withCollector(new ViewModelCollector(models))
                .defaultValue("")
                // an empty text is as absent as a missing one: {{#site.footerText}} shows nothing for ""
                .emptyStringIsFalse(true)
                .withLoader(name -> {
                    String source = PARTIAL_NAME.matcher(name).matches() ? templates.get(name) : null;
                    if (source == null) {
                        throw new MustacheException("No partial " + name + " in this theme");
                    }
                    return new StringReader(source);
                });
    }

    /**
     * Compiles every template, refusing what a sandboxed theme may not do.
     *
     * @return the compiled templates by name
     * @throws ThemeRefusal naming the template and the reason
     */
    static Map<String, Template> compileAll(Map<String, String> templates) {
        return compileAll(templates, ViewModels.THEMES);
    }

    static Map<String, Template> compileAll(Map<String, String> templates, ViewModels models) {
        Mustache.Compiler compiler = compiler(templates, models);
        Map<String, Template> compiled = new ConcurrentHashMap<>();
        for (var entry : templates.entrySet()) {
            String name = entry.getKey();
            String source = entry.getValue();
            if (!PARTIAL_NAME.matcher(name).matches()) {
                throw new ThemeRefusal("publishing.theme.error.templateName", name);
            }
            check(name, source);
            Template template;
            try {
                template = compiler.compile(source);
            } catch (MustacheException e) {
                throw new ThemeRefusal("publishing.theme.error.compile", name, e.getMessage());
            }
            List<String> unknown = unknownNames(template, templates, models);
            if (!unknown.isEmpty()) {
                throw new ThemeRefusal("publishing.theme.error.vocabulary", name, String.join(", ", unknown));
            }
            compiled.put(name, template);
        }
        Map<String, Set<String>> includes = new java.util.HashMap<>();
        compiled.forEach((name, template) -> includes.put(name, TemplateIncludes.of(template)));
        TemplateIncludes.cycle(includes).ifPresent(cycle -> {
            throw new ThemeRefusal("publishing.theme.error.recursive", cycle.getFirst(), String.join(" → ", cycle));
        });
        return compiled;
    }

    static void check(String name, String source) {
        if (DELIMITER_TAG.matcher(source).find()) {
            throw new ThemeRefusal("publishing.theme.error.delimiters", name);
        }
        Matcher raw = RAW_TAG.matcher(source);
        while (raw.find()) {
            String variable = raw.group(1) != null ? raw.group(1) : raw.group(2);
            if (!RAW_ALLOWED.contains(variable)) {
                throw new ThemeRefusal("publishing.theme.error.unescaped", name, variable);
            }
        }
    }

    private static List<String> unknownNames(Template template, Map<String, String> templates, ViewModels models) {
        Set<String> unknown = new TreeSet<>();
        template.visit(new Mustache.Visitor() {
            @Override
            public void visitText(String text) {}

            @Override
            public void visitVariable(String name) {
                checkName(name);
            }

            @Override
            public boolean visitInclude(String name) {
                if (!templates.containsKey(name)) {
                    unknown.add(">" + name);
                }
                return false; // the included template is checked on its own
            }

            @Override
            public boolean visitParent(String name) {
                return visitInclude(name);
            }

            @Override
            public boolean visitSection(String name) {
                checkName(name);
                return true;
            }

            @Override
            public boolean visitInvertedSection(String name) {
                checkName(name);
                return true;
            }

            private void checkName(String name) {
                if (ViewModels.BUILT_INS.contains(name)) {
                    return;
                }
                String[] parts = name.split("\\.", -1);
                for (int i = 0; i < parts.length; i++) {
                    String part = parts[i];
                    // keys of a text map are the theme's own words: msg.anything
                    if (i > 0 && models.freeKeyed().contains(parts[i - 1]) && part.matches("[A-Za-z0-9_-]+")) {
                        return;
                    }
                    boolean known = models.names().contains(part) || ViewModels.BUILT_INS.contains(part);
                    if (!known && !part.matches("\\d{1,3}")) {
                        unknown.add(name);
                        return;
                    }
                }
            }
        });
        return new ArrayList<>(unknown);
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * Looks names up in the components of view-model records, in text maps and in lists only; any other
     * object (a String's {@code bytes}, any {@code getClass}) is opaque to a template. Fetchers are made
     * once per template, type and name from accessors found at start-up, so rendering reflects on nothing.
     */
    static final class ViewModelCollector extends BasicCollector {

        private final ViewModels models;

        ViewModelCollector(ViewModels models) {
            this.models = models;
        }

        @Override
        public Iterator<?> toIterator(Object value) {
            return value instanceof Iterable<?> || value instanceof Iterator<?> ? super.toIterator(value) : null;
        }

        @Override
        public Mustache.VariableFetcher createFetcher(Object ctx, String name) {
            if (ctx instanceof Record) {
                MethodHandle accessor = models.accessor(ctx.getClass(), name);
                return accessor == null ? null : (c, n) -> invoke(accessor, c);
            }
            return ctx instanceof Map<?, ?> || ctx instanceof List<?> ? super.createFetcher(ctx, name) : null;
        }

        @Override
        public <K, V> Map<K, V> createFetcherCache() {
            return new ConcurrentHashMap<>();
        }

        private static Object invoke(MethodHandle accessor, Object record) throws Exception {
            try {
                return (Object) accessor.invokeExact(record);
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }
    }
}
