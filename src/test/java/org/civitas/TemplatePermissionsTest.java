package org.civitas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Permission names live in each module's {@code *Permissions} constants, and a console page asks its
 * controller what the user may do there ({@code mayWrite}, {@code mayCompile}, …). So no template spells
 * a permission: neither a declared code as a literal, nor a {@code has('…')} check, nor a reach into a
 * permissions class with {@code T(…)}; and a permission-shaped literal that no module declares is
 * reported as such (a typo would otherwise hide an action from everyone).
 */
class TemplatePermissionsTest {

    private static final Path TEMPLATES =
            Path.of(System.getProperty("basedir", "."), "src", "main", "resources", "templates");

    /** A quoted literal (single quotes, double quotes or {@code &quot;}) shaped like {@code area:action}. */
    private static final Pattern CODE_LITERAL =
            Pattern.compile("(?:'|\"|&quot;)([a-z][a-z0-9-]*:[a-z][a-z0-9:-]*)(?:'|\"|&quot;)");

    private static final Pattern HAS_CALL = Pattern.compile("\\bhas\\(\\s*'([^']*)'");

    private static final Pattern PERMISSIONS_CLASS =
            Pattern.compile("T\\(\\s*org\\.civitas\\.[\\w.]*Permissions\\s*\\)");

    @Test
    void templatesSpellNoPermission() throws IOException {
        Set<String> declared = declaredPermissions();
        Set<String> areas = new TreeSet<>();
        declared.forEach(code -> areas.add(code.substring(0, code.indexOf(':'))));
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file :
                    files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                String name = TEMPLATES.relativize(file).toString();
                String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    String where = name + ":" + (i + 1) + ": ";
                    Matcher has = HAS_CALL.matcher(lines[i]);
                    while (has.find()) {
                        problems.add(where + "has('" + has.group(1) + "')"
                                + (declared.contains(has.group(1)) ? "" : " (not a declared permission)"));
                    }
                    if (PERMISSIONS_CLASS.matcher(lines[i]).find()) {
                        problems.add(where + "refers to a permissions class");
                    }
                    Matcher literal = CODE_LITERAL.matcher(lines[i]);
                    while (literal.find()) {
                        String code = literal.group(1);
                        if (declared.contains(code)) {
                            problems.add(where + "the permission '" + code + "' as a literal");
                        } else if (areas.contains(code.substring(0, code.indexOf(':')))) {
                            problems.add(where + "'" + code + "' is not a declared permission");
                        }
                    }
                }
            }
        }
        assertThat(problems)
                .as("templates ask their model what the user may do (a may… attribute), never for a permission")
                .isEmpty();
    }

    @Test
    void theDeclaredPermissionsAreFound() throws IOException {
        // guards the test above against passing because it found nothing to compare with
        assertThat(declaredPermissions()).contains("site:create", "role:write", "reporting:submit");
    }

    /** Every {@code public static final String} of a module's {@code org.civitas.<module>.*Permissions} class. */
    private static Set<String> declaredPermissions() throws IOException {
        Set<String> codes = new TreeSet<>();
        Resource[] classes =
                new PathMatchingResourcePatternResolver().getResources("classpath*:org/civitas/*/*Permissions.class");
        for (Resource resource : classes) {
            String path = resource.getURL().getPath();
            String className = path.substring(path.lastIndexOf("org/civitas/"), path.length() - ".class".length())
                    .replace('/', '.');
            Class<?> type;
            try {
                type = Class.forName(className);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            for (Field field : type.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isPublic(modifiers)
                        && Modifier.isStatic(modifiers)
                        && Modifier.isFinal(modifiers)
                        && field.getType() == String.class) {
                    try {
                        codes.add((String) field.get(null));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return codes;
    }
}
