package org.civitas.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.civitas.publishing.view.ArticleView;
import org.civitas.publishing.view.PageLayout;
import org.junit.jupiter.api.Test;

/** The allow-list of theme names is what the view-model records have, and nothing else. */
class ViewModelsTest {

    /** A page kind as a later change might add it. */
    record ShinyPage(String shinyNewField, List<Entry> entries) {}

    record Entry(String label) {}

    record Leaky(Object anything) {}

    @Test
    void aComponentAddedToAViewModelIsANameTemplatesMayUse() {
        ViewModels models = ViewModels.of(PageLayout.class, ShinyPage.class);
        assertThat(models.names()).contains("shinyNewField", "entries", "label", "site", "pageTitle");
        assertThat(ViewModels.THEMES.names()).doesNotContain("shinyNewField");

        Map<String, String> templates = Map.of("home", "{{shinyNewField}}:{{#entries}}[{{label}}]{{/entries}}");
        assertThatThrownBy(() -> ThemeSandbox.compileAll(templates))
                .isInstanceOfSatisfying(
                        ThemeRefusal.class,
                        e -> assertThat(e.arguments()).containsExactly("home", "entries, label, shinyNewField"));
        Template home = ThemeSandbox.compileAll(templates, models).get("home");
        StringWriter out = new StringWriter();
        home.execute(new ShinyPage("new", List.of(new Entry("a"), new Entry("b"))), null, out);
        assertThat(out).hasToString("new:[a][b]");
    }

    @Test
    void theThemeViewModelsAreFoundFromTheLayoutAndThePagesItPermits() {
        assertThat(ViewModels.THEMES.types())
                .extracting(Class::getSimpleName)
                .contains(
                        "PageLayout",
                        "HomePage",
                        "ChannelPage",
                        "ArticlePage",
                        "DisclosurePage",
                        "ErrorPage",
                        "SearchPage",
                        "ArticleView",
                        "Pager",
                        "Page",
                        "Segment");
        assertThat(ViewModels.THEMES.freeKeyed()).containsExactly("msg");
        assertThat(ArticleView.class.getRecordComponents())
                .extracting(c -> c.getName())
                .as("the one value written unescaped is a view-model component")
                .contains("body");
        assertThat(ThemeSandbox.RAW_ALLOWED)
                .allMatch(name -> ViewModels.THEMES.names().containsAll(List.of(name.split("\\."))));
    }

    @Test
    void aViewModelHoldingAnythingButPlainDataIsRefused() {
        assertThatThrownBy(() -> ViewModels.of(Leaky.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Leaky.anything")
                .hasMessageContaining("java.lang.Object");
        assertThatThrownBy(() -> ViewModels.of(String.class)).hasMessageContaining("no record");
    }

    @Test
    void everyNameTheDefaultThemeUsesIsAViewModelComponent() {
        Theme theme = Theme.of("default", ThemeFiles.fromClasspath("default"), Map.of());
        Set<String> used = new TreeSet<>();
        for (String page : List.of(
                "home", "channel", "article", "disclosure", "error", "search", "header", "footer", "items", "pager")) {
            theme.template(page).visit(new NameCollector(used));
        }
        Set<String> allowed = new TreeSet<>(ViewModels.THEMES.names());
        allowed.addAll(ViewModels.BUILT_INS);
        for (String name : used) {
            if (ViewModels.BUILT_INS.contains(name) || name.startsWith("msg.")) {
                continue;
            }
            String[] parts = name.split("\\.");
            for (String part : parts) {
                assertThat(allowed.contains(part) || part.matches("\\d+"))
                        .as("%s in %s", part, name)
                        .isTrue();
            }
        }
        assertThat(used).contains("site.name", "pager.multiple", "search.results", "article", "headlines.0.cover");
    }

    @Test
    void recordsOutsideTheViewModelsAndJavaMembersAreOpaque() {
        var compiler = ThemeSandbox.compiler(Map.of());
        String out = compiler.compile("[{{anything}}][{{anything.class}}][{{getClass}}][{{label.bytes}}]")
                .execute(new Leaky(new Entry("x")));
        assertThat(out).isEqualTo("[][][][]");
        var models = ViewModels.of(ShinyPage.class);
        String shiny = ThemeSandbox.compiler(Map.of(), models)
                .compile(
                        "[{{shinyNewField}}][{{shinyNewField.class}}][{{#entries}}{{getClass}}{{hashCode}}{{/entries}}]")
                .execute(new ShinyPage("ok", List.of(new Entry("x"))));
        assertThat(shiny).isEqualTo("[ok][][]");
    }

    /** Every variable and section name of a template. */
    private record NameCollector(Set<String> names) implements Mustache.Visitor {

        @Override
        public void visitText(String text) {}

        @Override
        public void visitVariable(String name) {
            names.add(name);
        }

        @Override
        public boolean visitInclude(String name) {
            return false;
        }

        @Override
        public boolean visitParent(String name) {
            return false;
        }

        @Override
        public boolean visitSection(String name) {
            names.add(name);
            return true;
        }

        @Override
        public boolean visitInvertedSection(String name) {
            names.add(name);
            return true;
        }
    }
}
