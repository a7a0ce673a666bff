package org.civitas.storage.web;

import java.util.List;
import org.civitas.platform.Forms;
import org.civitas.storage.UploadTypes;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The allow-list of upload types (system administrator, {@code settings:write}). */
@Controller
@RequestMapping(UploadTypesController.PATH)
class UploadTypesController {

    static final String PATH = "/admin/upload-types";
    // identity's settings:write (IdentityPermissions.SETTINGS_WRITE), spelled out: storage does not depend on identity
    static final String PERMISSION = "settings:write";

    /** What the administrator typed: extensions separated by spaces, commas or lines. */
    record UploadTypesForm(String extensions) {}

    private final UploadTypes types;

    UploadTypesController(UploadTypes types) {
        this.types = types;
    }

    @GetMapping
    String show(Model model) {
        require();
        model.addAttribute("uploadTypesForm", new UploadTypesForm(String.join(" ", types.allowed())));
        return page(model);
    }

    @PostMapping
    String change(
            @ModelAttribute("uploadTypesForm") UploadTypesForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        require();
        String typed = form.extensions() == null ? "" : form.extensions();
        if (!Forms.run(result, () -> types.change(List.of(typed)))) {
            return page(model);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:" + PATH;
    }

    private String page(Model model) {
        model.addAttribute("defaults", String.join(" ", types.defaults()));
        return "admin/upload-types/form";
    }

    private static void require() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who == null || who.getAuthorities().stream().noneMatch(a -> PERMISSION.equals(a.getAuthority()))) {
            throw new AccessDeniedException(PERMISSION);
        }
    }
}
