package org.civitas.support.browser;

import org.civitas.platform.RichText;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Pages that exist only in the browser tests' application, imported by {@link BrowserTesting} for every browser
 * class (so the one that uses them shares the application instead of starting one of its own): a page hosting the
 * shared rich-text field, {@code /admin/test-richtext} (RichTextEditorBrowserTest).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestOnlyPages {

    // registered as a member class of this configuration (a @Bean method for it too would map its paths twice)
    @Controller
    static class RichTextTestController {

        @GetMapping("/admin/test-richtext")
        String show(Model model) {
            model.addAttribute("body", "<p>初始内容</p>");
            return "admin/test/richtext";
        }

        @PostMapping("/admin/test-richtext")
        String save(@RequestParam(defaultValue = "") String body, Model model) {
            RichText.Result result = RichText.sanitize(body);
            model.addAttribute("body", result.html());
            model.addAttribute("stored", result.html());
            model.addAttribute("changed", result.changed());
            return "admin/test/richtext";
        }
    }
}
