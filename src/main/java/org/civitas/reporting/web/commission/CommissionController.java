package org.civitas.reporting.web.commission;

import static org.civitas.reporting.ReportingPermissions.EDIT;
import static org.civitas.reporting.ReportingPermissions.SIGNOFF;
import static org.civitas.reporting.ReportingPermissions.SUBMIT;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.civitas.identity.AccessControl;
import org.civitas.platform.Forms;
import org.civitas.reporting.CommissionDraft;
import org.civitas.reporting.CommissionService;
import org.civitas.reporting.ReportingUnitService;
import org.civitas.reporting.UnitType;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Commissions (约稿): the office issues and closes them and follows the answers; units see what is asked of them. */
@Controller
@RequestMapping("/admin/reporting/commissions")
class CommissionController {

    private final CommissionService commissions;
    private final ReportingUnitService units;
    private final AccessControl access;
    private final MessageSource messages;

    CommissionController(
            CommissionService commissions, ReportingUnitService units, AccessControl access, MessageSource messages) {
        this.commissions = commissions;
        this.units = units;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        access.requireAny(EDIT, SUBMIT, SIGNOFF);
        var user = access.requireUser();
        model.addAttribute("office", user.has(EDIT));
        model.addAttribute("maySubmit", user.has(SUBMIT));
        model.addAttribute("commissions", commissions.list());
        model.addAttribute("mine", user.has(SUBMIT) || user.has(SIGNOFF) ? commissions.mine() : List.of());
        return "admin/reporting/commissions";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        access.requireAny(EDIT);
        model.addAttribute(
                "commissionForm", new CommissionForm("", "", LocalDate.now().plusDays(7), false, Set.of(), Set.of()));
        return form(model);
    }

    @PostMapping
    String create(
            @ModelAttribute CommissionForm commissionForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        access.requireAny(EDIT);
        var issued = Forms.get(result, () -> commissions.issue(commissionForm.toDraft()));
        if (issued.isEmpty()) {
            return form(model);
        }
        redirect.addFlashAttribute("flash", "reporting.commission.issued");
        return "redirect:/admin/reporting/commissions/" + issued.get().id();
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        access.requireAny(EDIT, SUBMIT, SIGNOFF);
        model.addAttribute("c", commissions.get(id));
        model.addAttribute("office", access.requireUser().has(EDIT));
        return "admin/reporting/commission";
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable long id, RedirectAttributes redirect) {
        access.requireAny(EDIT);
        Forms.flash(messages, redirect, "reporting.commission.closedDone", () -> commissions.close(id));
        return "redirect:/admin/reporting/commissions/" + id;
    }

    private String form(Model model) {
        model.addAttribute("units", units.units());
        model.addAttribute("unitTypes", UnitType.values());
        return "admin/reporting/commission-form";
    }

    /** The issuing form: everyone, whole unit types, or chosen units. */
    record CommissionForm(
            String title,
            String description,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
            Boolean allUnits,
            Set<UnitType> unitTypes,
            Set<Long> organisationIds) {

        CommissionDraft toDraft() {
            return new CommissionDraft(
                    title, description, dueDate, Boolean.TRUE.equals(allUnits), unitTypes, organisationIds);
        }
    }
}
