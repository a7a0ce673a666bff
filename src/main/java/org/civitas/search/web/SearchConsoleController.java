package org.civitas.search.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civitas.identity.AccessControl;
import org.civitas.journal.trusted.EditionTexts;
import org.civitas.platform.Forms;
import org.civitas.publishing.PublicAddresses;
import org.civitas.reporting.trusted.DeskTexts;
import org.civitas.search.SearchAdministration;
import org.civitas.search.SearchPermissions;
import org.civitas.search.internal.ConsoleSearcher;
import org.civitas.search.internal.SearchTermsAdministration;
import org.civitas.site.SiteView;
import org.civitas.site.trusted.SiteDirectory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff search across everything the user may see, and the index administration page. */
@Controller
@RequestMapping("/admin/search")
class SearchConsoleController {

    static final Set<String> KINDS = Set.of("article", "disclosure", "submission", "adoption", "edition");

    /** The word lists as the form edits them. */
    record TermsForm(String synonyms, String protectedTerms) {}

    private final ConsoleSearcher searcher;
    private final SearchAdministration administration;
    private final SearchTermsAdministration terms;
    private final AccessControl access;
    private final SiteDirectory sites;
    private final DeskTexts deskTexts;
    private final EditionTexts editionTexts;
    private final MessageSource messages;

    SearchConsoleController(
            ConsoleSearcher searcher,
            SearchAdministration administration,
            SearchTermsAdministration terms,
            AccessControl access,
            SiteDirectory sites,
            DeskTexts deskTexts,
            EditionTexts editionTexts,
            MessageSource messages) {
        this.searcher = searcher;
        this.administration = administration;
        this.terms = terms;
        this.access = access;
        this.sites = sites;
        this.deskTexts = deskTexts;
        this.editionTexts = editionTexts;
        this.messages = messages;
    }

    @GetMapping
    String search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "1") String page,
            Model model) {
        access.requireUser();
        String k = kind != null && KINDS.contains(kind) ? kind : null;
        int p = parsePage(page);
        ConsoleSearcher.Results results = searcher.search(q, k, p);
        Map<Long, SiteView> siteById = new HashMap<>();
        sites.all().forEach(s -> siteById.put(s.id(), s));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ConsoleSearcher.Hit hit : results.hits()) {
            Map<String, Object> row = new HashMap<>();
            row.put("kind", hit.kind());
            row.put("title", hit.title());
            row.put("snippet", hit.snippet());
            row.put("date", hit.date());
            row.put("url", link(hit, siteById));
            SiteView site = hit.siteId() == null ? null : siteById.get(hit.siteId());
            row.put("site", site == null ? null : site.name());
            rows.add(row);
        }
        model.addAttribute("q", results.text());
        model.addAttribute("kind", k);
        model.addAttribute("results", results);
        model.addAttribute("rows", rows);
        model.addAttribute("page", p);
        model.addAttribute("kinds", List.of("article", "disclosure", "submission", "adoption", "edition"));
        return "admin/search/search";
    }

    /** Where a hit opens, as the module that owns its kind says: search knows no other module's addresses. */
    private String link(ConsoleSearcher.Hit hit, Map<Long, SiteView> sites) {
        return switch (hit.kind()) {
            case "article", "disclosure" -> {
                SiteView site = sites.get(hit.siteId());
                yield site == null ? null : PublicAddresses.article(site.siteCode(), hit.sourceId());
            }
            case "submission" -> deskTexts.submissionAddress(hit.sourceId());
            case "edition" -> editionTexts.editionAddress(hit.sourceId());
            default -> null;
        };
    }

    private static int parsePage(String page) {
        try {
            return Math.max(1, Math.min(1000, Integer.parseInt(page)));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    @GetMapping("/index")
    String index(Model model) {
        requireManage();
        String[] current = terms.current();
        if (!model.containsAttribute("termsForm")) {
            model.addAttribute("termsForm", new TermsForm(current[0], current[1]));
        }
        model.addAttribute("progress", administration.progress().orElse(null));
        return "admin/search/index";
    }

    @GetMapping("/index/progress")
    String progress(Model model) {
        requireManage();
        model.addAttribute("progress", administration.progress().orElse(null));
        return "admin/search/index :: progress";
    }

    @PostMapping("/index/terms")
    String saveTerms(
            @ModelAttribute TermsForm termsForm, BindingResult result, Model model, RedirectAttributes redirect) {
        requireManage();
        if (!Forms.run(result, () -> terms.save(termsForm.synonyms(), termsForm.protectedTerms()))) {
            model.addAttribute("progress", administration.progress().orElse(null));
            return "admin/search/index";
        }
        redirect.addFlashAttribute("flash", "search.terms.saved");
        return "redirect:/admin/search/index";
    }

    @PostMapping("/index/reindex")
    String reindex(RedirectAttributes redirect) {
        requireManage();
        Forms.refusal(messages, administration::startReindex)
                .ifPresentOrElse(
                        reason -> redirect.addFlashAttribute("flashError", reason),
                        () -> redirect.addFlashAttribute("flash", "search.reindex.started"));
        return "redirect:/admin/search/index";
    }

    @PostMapping("/index/drift")
    String drift(Model model) {
        requireManage();
        String[] current = terms.current();
        model.addAttribute("termsForm", new TermsForm(current[0], current[1]));
        model.addAttribute("progress", administration.progress().orElse(null));
        model.addAttribute("drift", administration.drift());
        return "admin/search/index";
    }

    private void requireManage() {
        access.requireAny(SearchPermissions.MANAGE);
    }
}
