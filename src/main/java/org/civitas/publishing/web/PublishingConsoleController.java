package org.civitas.publishing.web;

import static org.civitas.site.SitePermissions.SITE_CREATE;
import static org.civitas.site.SitePermissions.SITE_MANAGE;

import java.io.IOException;
import org.civitas.identity.AccessControl;
import org.civitas.platform.DomainException;
import org.civitas.platform.Forms;
import org.civitas.publishing.Appearance;
import org.civitas.publishing.AppearanceService;
import org.civitas.publishing.PublishingSettings;
import org.civitas.publishing.StaticExport;
import org.civitas.publishing.internal.ThemeInstallation;
import org.civitas.publishing.internal.ThemeRegistry;
import org.civitas.site.SiteService;
import org.civitas.site.SiteView;
import org.civitas.storage.BlobStore;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public side of the sites a user manages: appearance settings (logo, colour, footer) and static
 * export with its progress; and, for cluster administrators, theme packages.
 *
 * <p>Installing a theme package needs {@code site:create} (the cluster administrator's permission, an
 * administrative duty of the system): a theme is installed for the whole cluster and its templates
 * render every site that names it, so a site administrator ({@code site:manage}) may choose among the
 * installed themes but not install one.
 */
@Controller
@RequestMapping("/admin/publishing")
class PublishingConsoleController {

    private final SiteService sites;
    private final AppearanceService appearances;
    private final StaticExport export;
    private final ThemeRegistry themes;
    private final ThemeInstallation installation;
    private final BlobStore blobs;
    private final AccessControl access;
    private final PublishingSettings settings;

    PublishingConsoleController(
            SiteService sites,
            AppearanceService appearances,
            StaticExport export,
            ThemeRegistry themes,
            ThemeInstallation installation,
            BlobStore blobs,
            AccessControl access,
            PublishingSettings settings) {
        this.sites = sites;
        this.appearances = appearances;
        this.export = export;
        this.themes = themes;
        this.installation = installation;
        this.blobs = blobs;
        this.access = access;
        this.settings = settings;
    }

    /** The appearance form; {@code logo} only carries refusals about the uploaded file ({@code logoFile}). */
    record AppearanceForm(String primaryColour, String footerText, Boolean removeLogo, String logo) {}

    @GetMapping
    String list(Model model) {
        access.requireAny(SITE_CREATE, SITE_MANAGE);
        model.addAttribute("sites", sites.manageable());
        model.addAttribute("themes", themes.names());
        model.addAttribute("canUploadThemes", access.requireUser().has(SITE_CREATE));
        return "admin/publishing/list";
    }

    @GetMapping("/sites/{id}")
    String site(@PathVariable long id, Model model) {
        SiteView site = manageable(id);
        Appearance appearance = appearances.get(id);
        if (!model.containsAttribute("appearanceForm")) {
            model.addAttribute(
                    "appearanceForm",
                    new AppearanceForm(appearance.primaryColour(), appearance.footerText(), false, null));
        }
        return page(site, appearance, model);
    }

    private String page(SiteView site, Appearance appearance, Model model) {
        model.addAttribute("site", site);
        model.addAttribute("appearance", appearance);
        model.addAttribute("exportConfigured", settings.exportDir() != null);
        model.addAttribute("progress", export.progress(site.siteCode()).orElse(null));
        return "admin/publishing/site";
    }

    @PostMapping("/sites/{id}/appearance")
    String saveAppearance(
            @PathVariable long id,
            @ModelAttribute AppearanceForm appearanceForm,
            BindingResult result,
            @RequestParam(name = "logoFile", required = false) MultipartFile logo,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        SiteView site = manageable(id);
        Appearance current = appearances.get(id);
        boolean saved = Forms.run(result, () -> {
            Long logoId = Boolean.TRUE.equals(appearanceForm.removeLogo()) ? null : current.logoBlobId();
            if (logo != null && !logo.isEmpty()) {
                try (var in = logo.getInputStream()) {
                    logoId = blobs.store(in, logo.getOriginalFilename(), logo.getContentType())
                            .id();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                } catch (AccessDeniedException e) {
                    throw DomainException.onField("logo", "publishing.appearance.error.logoUpload");
                }
            }
            appearances.change(id, new Appearance(logoId, appearanceForm.primaryColour(), appearanceForm.footerText()));
        });
        if (!saved) {
            return page(site, current, model);
        }
        redirect.addFlashAttribute("flash", "publishing.appearance.saved");
        return "redirect:/admin/publishing/sites/" + id;
    }

    @PostMapping("/sites/{id}/export")
    String startExport(@PathVariable long id, Model model) {
        SiteView site = manageable(id);
        try {
            model.addAttribute("progress", export.start(site.siteCode()));
        } catch (DomainException e) {
            model.addAttribute("exportRefusal", e);
        }
        model.addAttribute("site", site);
        return "admin/publishing/site :: progress";
    }

    @GetMapping("/sites/{id}/export")
    String exportProgress(@PathVariable long id, Model model) {
        SiteView site = manageable(id);
        model.addAttribute("site", site);
        model.addAttribute("progress", export.progress(site.siteCode()).orElse(null));
        return "admin/publishing/site :: progress";
    }

    @PostMapping("/themes")
    String uploadTheme(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        access.requireAny(SITE_CREATE); // cluster administrators only: see the class comment
        try {
            if (file == null || file.isEmpty()) {
                throw DomainException.onField("file", "publishing.theme.error.noFile");
            }
            var outcome = installation.install(
                    name.strip(), file.getBytes(), settings.themeMaxSize().toBytes());
            if (outcome.pending()) {
                redirect.addFlashAttribute("flash", "publishing.theme.pending");
                return "redirect:/admin/publishing";
            }
        } catch (DomainException e) {
            model.addAttribute("themeRefusal", e);
            model.addAttribute("themeName", name);
            return list(model);
        }
        redirect.addFlashAttribute("flash", "publishing.theme.installed");
        return "redirect:/admin/publishing";
    }

    private SiteView manageable(long id) {
        access.requireAny(SITE_CREATE, SITE_MANAGE);
        SiteView site = sites.get(id); // refuses sites the user does not manage
        if (!sites.canManage(id)) {
            throw new AccessDeniedException("not an administrator of site " + id);
        }
        return site;
    }
}
