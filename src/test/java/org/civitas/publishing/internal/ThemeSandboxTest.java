package org.civitas.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ThemeSandboxTest {

    private static Map<String, byte[]> theme(String home) {
        Map<String, byte[]> files = new HashMap<>(ThemeFiles.fromClasspath(ThemeRegistry.DEFAULT));
        files.put("templates/home.mustache", home.getBytes(StandardCharsets.UTF_8));
        return files;
    }

    @Test
    void theDefaultThemeCompiles() {
        Theme theme = Theme.of("default", ThemeFiles.fromClasspath("default"), Map.of());
        assertThat(theme.asset("css/site.css")).isPresent();
        assertThat(theme.asset("js/site.js")).isPresent();
        assertThat(theme.version()).hasSize(12);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{{class}}",
                "{{site.class}}",
                "{{getClass}}",
                "{{site.getClass.forName}}",
                "{{#site.class.classLoader}}x{{/site.class.classLoader}}",
                "{{T(java.lang.Runtime).getRuntime}}",
                "{{^toString}}x{{/toString}}"
            })
    void templatesReachingBeyondTheViewDataAreRefused(String template) {
        assertThatThrownBy(() -> Theme.of("evil", theme(template), Map.of()))
                .isInstanceOf(ThemeRefusal.class)
                .hasMessageContaining("publishing.theme.error.vocabulary");
    }

    @Test
    void aNameNoViewModelHasIsRefusedNamingTheTemplateAndTheName() {
        assertThatThrownBy(() -> Theme.of("typo", theme("{{site.nmae}}{{#articles}}{{titel}}{{/articles}}"), Map.of()))
                .isInstanceOfSatisfying(ThemeRefusal.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("publishing.theme.error.vocabulary");
                    assertThat(e.arguments()).containsExactly("home", "site.nmae, titel");
                });
        // message keys are the theme's own: any msg.<key> is fine
        assertThat(Theme.of("fine", theme("{{msg.anyKeyAtAll}}{{site.name}}"), Map.of())
                        .name())
                .isEqualTo("fine");
    }

    @Test
    void unescapedOutputOtherThanTheBodyIsRefused() {
        assertThatThrownBy(() -> Theme.of("evil", theme("{{{site.name}}}"), Map.of()))
                .hasMessageContaining("publishing.theme.error.unescaped");
        assertThatThrownBy(() -> Theme.of("evil", theme("{{& title}}"), Map.of()))
                .hasMessageContaining("publishing.theme.error.unescaped");
    }

    @Test
    void aPartialIncludingItselfIsRefusedDirectlyOrThroughACycle() {
        Map<String, byte[]> direct = theme("{{>loop}}");
        direct.put("templates/loop.mustache", "x{{#site}}{{>loop}}{{/site}}".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Theme.of("evil", direct, Map.of()))
                .isInstanceOfSatisfying(
                        ThemeRefusal.class, e -> assertThat(e.arguments()).containsExactly("loop", "loop → loop"));

        Map<String, byte[]> cycle = theme("{{>a}}");
        cycle.put("templates/a.mustache", "{{>b}}".getBytes(StandardCharsets.UTF_8));
        cycle.put("templates/b.mustache", "{{^site}}{{>a}}{{/site}}".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Theme.of("evil", cycle, Map.of())).isInstanceOfSatisfying(ThemeRefusal.class, e -> {
            assertThat(e.messageKey()).isEqualTo("publishing.theme.error.recursive");
            assertThat(e.arguments()[1]).isEqualTo("a → b → a");
        });

        // the same partial included twice, or by two templates, is no cycle
        Map<String, byte[]> shared = theme("{{>a}}{{>a}}");
        shared.put("templates/a.mustache", "{{>b}}".getBytes(StandardCharsets.UTF_8));
        shared.put("templates/b.mustache", "x".getBytes(StandardCharsets.UTF_8));
        assertThat(Theme.of("fine", shared, Map.of()).name()).isEqualTo("fine");
    }

    @Test
    void changedDelimitersAreRefused() {
        assertThatThrownBy(() -> Theme.of("evil", theme("{{=<% %>=}}<%class%>"), Map.of()))
                .hasMessageContaining("publishing.theme.error.delimiters");
    }

    @Test
    void partialsOutsideTheThemeAreRefused() {
        assertThatThrownBy(() -> Theme.of("evil", theme("{{> ../../etc/passwd}}"), Map.of()))
                .isInstanceOf(ThemeRefusal.class);
        assertThatThrownBy(() -> Theme.of("evil", theme("{{> nothing}}"), Map.of()))
                .isInstanceOf(ThemeRefusal.class);
    }

    @Test
    void templatesThatDoNotCompileAreRefused() {
        assertThatThrownBy(() -> Theme.of("broken", theme("{{#site}}unclosed"), Map.of()))
                .hasMessageContaining("publishing.theme.error.compile");
    }

    @Test
    void aMissingRequiredTemplateIsRefused() {
        Map<String, byte[]> files = theme("{{site.name}}");
        files.remove("templates/article.mustache");
        assertThatThrownBy(() -> Theme.of("incomplete", files, Map.of()))
                .hasMessageContaining("publishing.theme.error.missingTemplate");
    }

    @Test
    void javaObjectsInViewDataAreOpaque() {
        var compiler = ThemeSandbox.compiler(Map.of());
        String out = compiler.compile("[{{x.class}}][{{x.bytes}}][{{x.empty}}][{{l.0}}]")
                .execute(Map.of("x", "secret", "l", List.of("a")));
        assertThat(out).isEqualTo("[][][][a]");
    }
}
