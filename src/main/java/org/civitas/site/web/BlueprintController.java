package org.civitas.site.web;

import static org.civitas.site.SitePermissions.SITE_CREATE;

import org.civitas.identity.AccessControl;
import org.civitas.platform.Forms;
import org.civitas.site.BlueprintEntry;
import org.civitas.site.BlueprintService;
import org.civitas.site.BlueprintView;
import org.civitas.site.ChannelType;
import org.civitas.site.SiteKind;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Channel blueprints (统一栏目规划) for the cluster administrator: list, view, add an entry, apply to all sites. */
@Controller
@RequestMapping("/admin/blueprints")
class BlueprintController {

    private final BlueprintService blueprints;
    private final AccessControl access;
    private final MessageSource messages;

    BlueprintController(BlueprintService blueprints, AccessControl access, MessageSource messages) {
        this.blueprints = blueprints;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        access.requireAny(SITE_CREATE);
        return list(model, new BlueprintForm("", "", SiteKind.COUNTY, true, true));
    }

    @PostMapping
    String create(
            @ModelAttribute BlueprintForm blueprintForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        access.requireAny(SITE_CREATE);
        var created = Forms.get(
                result,
                () -> blueprints.create(
                        blueprintForm.code(),
                        blueprintForm.name(),
                        blueprintForm.kind(),
                        Boolean.TRUE.equals(blueprintForm.allowLocal()),
                        Boolean.TRUE.equals(blueprintForm.locked())));
        if (created.isEmpty()) {
            return list(model, blueprintForm);
        }
        redirect.addFlashAttribute("flash", "site.blueprint.created");
        return "redirect:/admin/blueprints/" + created.get().code();
    }

    private String list(Model model, BlueprintForm form) {
        model.addAttribute("blueprints", blueprints.list());
        model.addAttribute("blueprintForm", form);
        model.addAttribute("kinds", SiteKind.values());
        return "admin/blueprints/list";
    }

    @PostMapping("/{code}/settings")
    String configure(
            @PathVariable String code,
            @RequestParam(defaultValue = "false") boolean allowLocal,
            @RequestParam(defaultValue = "false") boolean locked,
            RedirectAttributes redirect) {
        access.requireAny(SITE_CREATE);
        Forms.refusal(messages, () -> blueprints.configure(code, allowLocal, locked))
                .ifPresentOrElse(
                        reason -> redirect.addFlashAttribute("flashError", reason),
                        () -> redirect.addFlashAttribute("flash", "site.blueprint.settings.saved"));
        return "redirect:/admin/blueprints/" + code;
    }

    @GetMapping("/{code}")
    String show(@PathVariable String code, Model model) {
        access.requireAny(SITE_CREATE);
        model.addAttribute("entryForm", new EntryForm("", "", "", ChannelType.LIST, ""));
        return show(model, blueprints.get(code));
    }

    @PostMapping("/{code}/entries")
    String addEntry(
            @PathVariable String code,
            @ModelAttribute EntryForm entryForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        access.requireAny(SITE_CREATE);
        BlueprintView blueprint = blueprints.get(code);
        if (!Forms.run(
                result,
                () -> blueprints.addEntry(
                        code,
                        new BlueprintEntry(
                                entryForm.code(),
                                entryForm.parentCode(),
                                entryForm.name(),
                                entryForm.type(),
                                entryForm.linkUrl())))) {
            return show(model, blueprint);
        }
        redirect.addFlashAttribute("flash", "site.blueprint.entry.added");
        return "redirect:/admin/blueprints/" + code;
    }

    @PostMapping("/{code}/entries/{entryCode}/rename")
    String renameEntry(
            @PathVariable String code,
            @PathVariable String entryCode,
            @RequestParam(defaultValue = "") String name,
            RedirectAttributes redirect) {
        access.requireAny(SITE_CREATE);
        Forms.refusal(messages, () -> blueprints.renameEntry(code, entryCode, name))
                .ifPresentOrElse(
                        reason -> redirect.addFlashAttribute("flashError", reason),
                        () -> redirect.addFlashAttribute("flash", "site.blueprint.entry.renamed"));
        return "redirect:/admin/blueprints/" + code;
    }

    @PostMapping("/{code}/entries/{entryCode}/remove")
    String removeEntry(@PathVariable String code, @PathVariable String entryCode, RedirectAttributes redirect) {
        access.requireAny(SITE_CREATE);
        Forms.refusal(messages, () -> blueprints.removeEntry(code, entryCode))
                .ifPresentOrElse(
                        reason -> redirect.addFlashAttribute("flashError", reason),
                        () -> redirect.addFlashAttribute("flash", "site.blueprint.entry.removed"));
        return "redirect:/admin/blueprints/" + code;
    }

    @PostMapping("/{code}/apply")
    String apply(@PathVariable String code, Model model) {
        access.requireAny(SITE_CREATE);
        model.addAttribute("blueprint", blueprints.get(code));
        model.addAttribute("applications", blueprints.applyBlueprint(code));
        return "admin/blueprints/applied";
    }

    private String show(Model model, BlueprintView blueprint) {
        model.addAttribute("blueprint", blueprint);
        model.addAttribute("channelTypes", ChannelType.values());
        return "admin/blueprints/show";
    }

    /** Unchecked boxes are not posted: null means no. */
    record BlueprintForm(String code, String name, SiteKind kind, Boolean allowLocal, Boolean locked) {}

    record EntryForm(String parentCode, String code, String name, ChannelType type, String linkUrl) {}
}
