package org.civitas.publishing.web;

import org.civitas.publishing.internal.ThemeApproval;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The security administrator's list of theme packages waiting for approval, each with the script and
 * SVG files that made it wait. The permission is checked by {@link ThemeApproval}.
 */
@Controller
@RequestMapping("/admin/theme-approvals")
class ThemeApprovalController {

    private final ThemeApproval approval;

    ThemeApprovalController(ThemeApproval approval) {
        this.approval = approval;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("pending", approval.waiting());
        return "admin/publishing/approvals";
    }

    @PostMapping("/{name}/approve")
    String approve(@PathVariable String name, RedirectAttributes redirect) {
        approval.approve(name);
        redirect.addFlashAttribute("flash", "publishing.approval.approved");
        return "redirect:/admin/theme-approvals";
    }

    @PostMapping("/{name}/reject")
    String reject(@PathVariable String name, RedirectAttributes redirect) {
        approval.reject(name);
        redirect.addFlashAttribute("flash", "publishing.approval.rejected");
        return "redirect:/admin/theme-approvals";
    }
}
