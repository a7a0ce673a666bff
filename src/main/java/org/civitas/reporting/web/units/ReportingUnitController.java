package org.civitas.reporting.web.units;

import static org.civitas.reporting.ReportingPermissions.ADMIN;

import java.util.Set;
import java.util.stream.Collectors;
import org.civitas.identity.AccessControl;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.platform.Forms;
import org.civitas.reporting.ReportingUnitService;
import org.civitas.reporting.ReportingUnitView;
import org.civitas.reporting.UnitType;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The office's list of reporting units: flag organisations with a type, remove them, set quotas per type. */
@Controller
@RequestMapping("/admin/reporting/units")
class ReportingUnitController {

    private final ReportingUnitService units;
    private final OrganisationDirectory organisations;
    private final AccessControl access;
    private final MessageSource messages;

    ReportingUnitController(
            ReportingUnitService units,
            OrganisationDirectory organisations,
            AccessControl access,
            MessageSource messages) {
        this.units = units;
        this.organisations = organisations;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        access.requireAny(ADMIN);
        var all = units.units();
        Set<Long> flagged = all.stream().map(ReportingUnitView::organisationId).collect(Collectors.toSet());
        model.addAttribute("units", all);
        model.addAttribute("types", UnitType.values());
        model.addAttribute("settings", units.typeSettings());
        model.addAttribute(
                "candidates",
                organisations.all().stream()
                        .filter(o -> !flagged.contains(o.id()))
                        .toList());
        return "admin/reporting/units";
    }

    @PostMapping
    String flag(
            @RequestParam(required = false) Long organisationId,
            @RequestParam(required = false) UnitType type,
            RedirectAttributes redirect) {
        access.requireAny(ADMIN);
        Forms.flash(
                messages,
                redirect,
                "reporting.unit.flagged",
                () -> units.flag(organisationId == null ? -1 : organisationId, type));
        return "redirect:/admin/reporting/units";
    }

    @PostMapping("/{organisationId}/remove")
    String unflag(@PathVariable long organisationId, RedirectAttributes redirect) {
        access.requireAny(ADMIN);
        Forms.flash(messages, redirect, "reporting.unit.removed", () -> units.unflag(organisationId));
        return "redirect:/admin/reporting/units";
    }

    @PostMapping("/types/{type}")
    String configure(
            @PathVariable UnitType type,
            @RequestParam(defaultValue = "-1") int monthlyQuota,
            @RequestParam(required = false) String signoffChain,
            @RequestParam long version,
            RedirectAttributes redirect) {
        access.requireAny(ADMIN);
        Forms.flash(
                messages, redirect, "common.saved", () -> units.configure(type, monthlyQuota, signoffChain, version));
        return "redirect:/admin/reporting/units";
    }
}
