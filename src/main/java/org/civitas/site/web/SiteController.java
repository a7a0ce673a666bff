package org.civitas.site.web;

import static org.civitas.site.SitePermissions.SITE_CREATE;
import static org.civitas.site.SitePermissions.SITE_MANAGE;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civitas.identity.AccessControl;
import org.civitas.identity.OrganisationView;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.platform.Forms;
import org.civitas.site.BlueprintService;
import org.civitas.site.BlueprintView;
import org.civitas.site.ChannelService;
import org.civitas.site.ChannelType;
import org.civitas.site.SiteKind;
import org.civitas.site.SiteService;
import org.civitas.site.SiteStatus;
import org.civitas.site.SiteView;
import org.civitas.site.ThemeCatalogue;
import org.springframework.beans.factory.ObjectProvider;
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

/** The sites a user manages: the tree, one-step creation, a site's page with its details, status and administrators. */
@Controller
@RequestMapping("/admin/sites")
class SiteController {

    private final SiteService sites;
    private final ChannelService channels;
    private final BlueprintService blueprints;
    private final OrganisationDirectory organisations;
    private final AccessControl access;
    private final MessageSource messages;
    private final ObjectProvider<ThemeCatalogue> themes;

    SiteController(
            SiteService sites,
            ChannelService channels,
            BlueprintService blueprints,
            OrganisationDirectory organisations,
            AccessControl access,
            MessageSource messages,
            ObjectProvider<ThemeCatalogue> themes) {
        this.sites = sites;
        this.channels = channels;
        this.blueprints = blueprints;
        this.organisations = organisations;
        this.access = access;
        this.messages = messages;
        this.themes = themes;
    }

    @GetMapping
    String list(Model model) {
        access.requireAny(SITE_CREATE, SITE_MANAGE);
        List<SiteView> mine = sites.manageable();
        model.addAttribute("sites", mine);
        model.addAttribute("depths", SiteDepths.of(mine));
        model.addAttribute("organisationNames", organisationNames());
        model.addAttribute("mayCreateSites", access.has(SITE_CREATE));
        return "admin/sites/list";
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) Long parentId, Model model) {
        access.requireAny(SITE_CREATE);
        model.addAttribute("siteForm", SiteForm.empty(parentId));
        return form(model, null);
    }

    @PostMapping
    String create(@ModelAttribute SiteForm siteForm, BindingResult result, Model model, RedirectAttributes redirect) {
        access.requireAny(SITE_CREATE);
        siteForm.requireFilled(result);
        var created = Forms.get(result, () -> sites.create(siteForm.toNewSite()));
        if (created.isEmpty()) {
            return form(model, null);
        }
        redirect.addFlashAttribute("flash", "site.created");
        return "redirect:/admin/sites/" + created.get().id();
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        access.requireAny(SITE_CREATE, SITE_MANAGE);
        SiteView site = sites.get(id);
        model.addAttribute("site", site);
        model.addAttribute(
                "parent",
                site.parentId() == null ? null : sites.canManage(site.parentId()) ? sites.get(site.parentId()) : null);
        model.addAttribute(
                "organisation", organisations.find(site.organisationId()).orElse(null));
        model.addAttribute("channels", channels.tree(id));
        BlueprintView blueprint = blueprints.get(site.blueprintCode());
        model.addAttribute("allowLocal", blueprint.allowLocal());
        model.addAttribute("blueprintLocked", blueprint.locked());
        model.addAttribute("channelTypes", ChannelType.values());
        model.addAttribute("channelForm", new ChannelController.ChannelForm(null, "", "", ChannelType.LIST, ""));
        model.addAttribute("adminForm", new AdminForm(""));
        // the cluster administrator's part of the page: sub-sites, site code, blueprint, administrators
        model.addAttribute("mayCreateSites", access.has(SITE_CREATE));
        return "admin/sites/show";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        access.requireAny(SITE_CREATE, SITE_MANAGE);
        SiteView s = sites.get(id);
        model.addAttribute(
                "siteForm",
                new SiteForm(
                        s.name(),
                        s.kind(),
                        s.parentId(),
                        s.organisationId(),
                        String.join("\n", s.domains()),
                        s.primaryDomain(),
                        s.siteCode(),
                        s.registration().partyLabel(),
                        s.registration().icpNumber(),
                        s.registration().policeNumber(),
                        s.blueprintCode(),
                        s.theme(),
                        "",
                        s.language()));
        return form(model, s);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute SiteForm siteForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        access.requireAny(SITE_CREATE, SITE_MANAGE);
        SiteView current = sites.get(id);
        if (!Forms.run(result, () -> sites.change(id, siteForm.toChange()))) {
            return form(model, current);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/admin/sites/" + id;
    }

    /** The cluster administrator corrects a national site code recorded wrongly (audited with both codes). */
    @PostMapping("/{id}/site-code")
    String correctSiteCode(@PathVariable long id, @RequestParam String siteCode, RedirectAttributes redirect) {
        access.requireAny(SITE_CREATE);
        var refusal = Forms.refusal(messages, () -> sites.correctSiteCode(id, siteCode));
        refusal.ifPresentOrElse(
                reason -> {
                    redirect.addFlashAttribute("flashError", reason);
                    redirect.addFlashAttribute("typedSiteCode", siteCode);
                },
                () -> redirect.addFlashAttribute("flash", "site.code.corrected"));
        return "redirect:/admin/sites/" + id + (refusal.isPresent() ? "#site-code" : "");
    }

    @PostMapping("/{id}/status")
    String status(@PathVariable long id, @RequestParam SiteStatus status, RedirectAttributes redirect) {
        access.requireAny(SITE_CREATE, SITE_MANAGE);
        flash(redirect, "site.status.changed", () -> sites.changeStatus(id, status));
        return "redirect:/admin/sites/" + id;
    }

    @PostMapping("/{id}/administrators")
    String addAdministrator(@PathVariable long id, @ModelAttribute AdminForm adminForm, RedirectAttributes redirect) {
        access.requireAny(SITE_CREATE);
        flash(redirect, "site.admin.added", () -> sites.addAdministrator(id, adminForm.username()));
        return "redirect:/admin/sites/" + id;
    }

    @PostMapping("/{id}/administrators/{userId}/remove")
    String removeAdministrator(@PathVariable long id, @PathVariable long userId, RedirectAttributes redirect) {
        access.requireAny(SITE_CREATE);
        flash(redirect, "site.admin.removed", () -> sites.removeAdministrator(id, userId));
        return "redirect:/admin/sites/" + id;
    }

    private void flash(RedirectAttributes redirect, String success, Runnable action) {
        Forms.refusal(messages, action)
                .ifPresentOrElse(
                        reason -> redirect.addFlashAttribute("flashError", reason),
                        () -> redirect.addFlashAttribute("flash", success));
    }

    /** The create or edit form; {@code editing} is null when creating. */
    private String form(Model model, SiteView editing) {
        model.addAttribute("editing", editing);
        // the primary domain is chosen among the domains as typed, so that a refused form offers what was typed
        Object form = model.getAttribute("siteForm");
        model.addAttribute(
                "domainChoices", form instanceof SiteForm f ? SiteForm.split(f.domains()) : List.<String>of());
        model.addAttribute("kinds", SiteKind.values());
        model.addAttribute("parents", editing == null ? sites.manageable() : List.of());
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("blueprints", blueprints.list());
        List<String> installed =
                new java.util.ArrayList<>(themes.getIfAvailable(() -> () -> List.of(ThemeCatalogue.DEFAULT))
                        .names());
        // a site may name a theme no longer installed: keep it choosable so that saving other details does not change
        // it
        model.addAttribute(
                "missingTheme", editing != null && !installed.contains(editing.theme()) ? editing.theme() : null);
        model.addAttribute("themes", installed);
        return "admin/sites/form";
    }

    private Map<Long, String> organisationNames() {
        return organisations.all().stream()
                .collect(Collectors.toMap(OrganisationView::id, OrganisationView::name, (a, b) -> a));
    }

    record AdminForm(String username) {}

    /** How deep each site sits in the list (for indentation). */
    static final class SiteDepths {

        private SiteDepths() {}

        static Map<Long, Integer> of(List<SiteView> sites) {
            Map<Long, SiteView> byId = sites.stream().collect(Collectors.toMap(SiteView::id, Function.identity()));
            return sites.stream().collect(Collectors.toMap(SiteView::id, s -> depth(s, byId)));
        }

        private static int depth(SiteView site, Map<Long, SiteView> byId) {
            int depth = 0;
            for (SiteView s = site;
                    s.parentId() != null && byId.containsKey(s.parentId());
                    s = byId.get(s.parentId())) {
                depth++;
            }
            return depth;
        }
    }
}
