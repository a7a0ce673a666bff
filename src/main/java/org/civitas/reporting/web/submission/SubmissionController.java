package org.civitas.reporting.web.submission;

import static org.civitas.reporting.ReportingPermissions.EDIT;
import static org.civitas.reporting.ReportingPermissions.SIGNOFF;
import static org.civitas.reporting.ReportingPermissions.SUBMIT;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.civitas.identity.AccessControl;
import org.civitas.identity.SecurityLabels;
import org.civitas.platform.Forms;
import org.civitas.platform.PageLink;
import org.civitas.reporting.Category;
import org.civitas.reporting.CommissionService;
import org.civitas.reporting.ReportingUnitService;
import org.civitas.reporting.SubmissionFileAccess;
import org.civitas.reporting.SubmissionQuery;
import org.civitas.reporting.SubmissionService;
import org.civitas.reporting.SubmissionSignOff;
import org.civitas.reporting.SubmissionState;
import org.civitas.reporting.SubmissionView;
import org.civitas.reporting.UnitCommission;
import org.civitas.reporting.UnitType;
import org.civitas.reporting.Urgency;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
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

/** A unit's submissions (write, revise, send, follow) and the office's inbox, both filtered and paged. */
@Controller
@RequestMapping("/admin/reporting")
class SubmissionController {

    static final int PAGE_SIZE = 20;

    private final SubmissionService submissions;
    private final ReportingUnitService units;
    private final SecurityLabels labels;
    private final AccessControl access;
    private final MessageSource messages;
    private final SubmissionPage page;
    private final CommissionService commissions;
    private final SubmissionFileAccess files;
    private final SubmissionSignOff signOff;

    SubmissionController(
            SubmissionService submissions,
            ReportingUnitService units,
            SecurityLabels labels,
            AccessControl access,
            MessageSource messages,
            SubmissionPage page,
            CommissionService commissions,
            SubmissionFileAccess files,
            SubmissionSignOff signOff) {
        this.submissions = submissions;
        this.units = units;
        this.labels = labels;
        this.access = access;
        this.messages = messages;
        this.page = page;
        this.commissions = commissions;
        this.files = files;
        this.signOff = signOff;
    }

    @GetMapping("/submissions")
    String mine(
            @RequestParam(required = false) SubmissionState state,
            @RequestParam(required = false) Urgency urgency,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        access.requireAny(SUBMIT, SIGNOFF);
        var filter = new SubmissionQuery(null, null, urgency, state, null, from, to);
        return list(filter, page, false, "/admin/reporting/submissions", model);
    }

    @GetMapping("/inbox")
    String inbox(
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) UnitType unitType,
            @RequestParam(required = false) Urgency urgency,
            @RequestParam(required = false) SubmissionState state,
            @RequestParam(required = false) String label,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        access.requireAny(EDIT);
        var filter = new SubmissionQuery(unit, unitType, urgency, state, label, from, to);
        model.addAttribute("units", units.units());
        return list(filter, page, true, "/admin/reporting/inbox", model);
    }

    private String list(SubmissionQuery filter, int number, boolean inbox, String path, Model model) {
        var result = submissions.search(filter, PageRequest.of(Math.max(0, number), PAGE_SIZE));
        model.addAttribute("inbox", inbox);
        model.addAttribute("maySubmit", access.has(SUBMIT));
        model.addAttribute("filter", filter);
        model.addAttribute("page", result);
        model.addAttribute("pageBase", pageBase(path, filter));
        model.addAttribute("states", SubmissionState.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("unitTypes", UnitType.values());
        model.addAttribute("labels", labels.all());
        return "admin/reporting/list";
    }

    /** The list's address with its filters, ending in {@code page=} for the pager. */
    private static String pageBase(String path, SubmissionQuery f) {
        return PageLink.to(path)
                .with("unit", f.organisationId())
                .with("unitType", f.unitType())
                .with("urgency", f.urgency())
                .with("state", f.state())
                .with("label", f.label())
                .with("from", f.from())
                .with("to", f.to())
                .pageBase();
    }

    @GetMapping("/submissions/new")
    String createForm(
            @RequestParam(name = "commission", required = false) Long commissionId,
            @RequestParam(name = "unit", required = false) Long unitId,
            Model model) {
        access.requireAny(SUBMIT);
        model.addAttribute("submissionForm", SubmissionForm.empty(unitId, commissionId));
        return form(model, null);
    }

    @PostMapping("/submissions")
    String create(
            @ModelAttribute("submissionForm") SubmissionForm submissionForm,
            BindingResult result,
            @RequestParam(defaultValue = "save") String action,
            Model model,
            RedirectAttributes redirect) {
        access.requireAny(SUBMIT);
        boolean send = "send".equals(action);
        submissionForm.requireFilled(result);
        var created = Forms.get(
                result,
                () -> consoleFields(() -> send
                        ? submissions.submit(submissionForm.toDraft())
                        : submissions.create(submissionForm.toDraft())));
        if (created.isEmpty()) {
            return form(model, null);
        }
        redirect.addFlashAttribute("flash", send ? "reporting.sent" : "common.saved");
        return "redirect:/admin/reporting/submissions/" + created.get().id();
    }

    @GetMapping("/submissions/{id}")
    String show(@PathVariable long id, Model model) {
        access.requireAny(SUBMIT, SIGNOFF, EDIT);
        page.fill(submissions.get(id), model);
        return "admin/reporting/show";
    }

    @GetMapping("/submissions/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        access.requireAny(SUBMIT);
        SubmissionView s = submissions.get(id);
        model.addAttribute("submissionForm", SubmissionForm.of(s));
        return form(model, s);
    }

    @PostMapping("/submissions/{id}")
    String revise(
            @PathVariable long id,
            @ModelAttribute("submissionForm") SubmissionForm submissionForm,
            BindingResult result,
            @RequestParam(defaultValue = "save") String action,
            Model model,
            RedirectAttributes redirect) {
        access.requireAny(SUBMIT);
        SubmissionView current = submissions.get(id);
        long version = submissionForm.version() == null ? -1 : submissionForm.version();
        boolean send = "send".equals(action);
        submissionForm.requireFilled(result);
        boolean done = Forms.run(
                result,
                () -> consoleFields(() -> {
                    submissions.revise(id, submissionForm.toDraft(), version);
                    if (send) {
                        submissions.send(id);
                    }
                    return null;
                }));
        if (!done) {
            return form(model, current);
        }
        redirect.addFlashAttribute("flash", send ? "reporting.sent" : "common.saved");
        return "redirect:/admin/reporting/submissions/" + id;
    }

    /**
     * The unit head's sign-off from the submission's page: the same decision as on the task, refused in place
     * (with what was typed) when the reason is missing or the task is no longer theirs.
     */
    @PostMapping("/submissions/{id}/sign-off")
    String signOff(
            @PathVariable long id,
            @ModelAttribute("signOff") SignOffForm form,
            BindingResult result,
            @RequestParam(defaultValue = "approve") String decision,
            Model model,
            RedirectAttributes redirect) {
        access.requireAny(SUBMIT, SIGNOFF, EDIT);
        boolean giveBack = "return".equals(decision);
        try {
            if (giveBack) {
                signOff.returnToWriter(id, form.getReason());
            } else {
                signOff.approve(id, form.getComment());
            }
        } catch (org.civitas.platform.DomainException e) {
            Forms.reject(result, e);
            model.addAttribute("signOffDecision", decision);
            page.fill(submissions.get(id), model);
            return "admin/reporting/show";
        }
        redirect.addFlashAttribute("flash", giveBack ? "reporting.signoff.returned" : "reporting.signoff.approved");
        return "redirect:/admin/reporting/submissions/" + id;
    }

    @PostMapping("/submissions/{id}/send")
    String send(@PathVariable long id, RedirectAttributes redirect) {
        access.requireAny(SUBMIT);
        Forms.flash(messages, redirect, "reporting.sent", () -> submissions.send(id));
        return "redirect:/admin/reporting/submissions/" + id;
    }

    /** Runs {@code action}, naming a refusal of the attachments by the console form's field ({@code attachments}). */
    private static <T> T consoleFields(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (org.civitas.platform.DomainException e) {
            if ("attachmentIds".equals(e.field())) {
                throw org.civitas.platform.DomainException.onField("attachments", e.messageKey(), e.arguments());
            }
            throw e;
        }
    }

    /** The open commissions the writer's units may answer (id → "title (due …)"), and the one the form names. */
    private Map<Long, String> answerable(Model model) {
        Map<Long, String> options = new LinkedHashMap<>();
        if (!access.requireUser().has(SUBMIT)) {
            return options;
        }
        Locale locale = LocaleContextHolder.getLocale();
        for (UnitCommission m : commissions.mine()) {
            options.putIfAbsent(
                    m.commissionId(),
                    messages.getMessage("reporting.commission.option", new Object[] {m.title(), m.dueDate()}, locale));
        }
        if (model.getAttribute("submissionForm") instanceof SubmissionForm f
                && f.commissionId() != null
                && !options.containsKey(f.commissionId())) {
            options.put(
                    f.commissionId(),
                    messages.getMessage("reporting.commission.number", new Object[] {f.commissionId()}, locale));
        }
        return options;
    }

    private String form(Model model, SubmissionView editing) {
        model.addAttribute("editing", editing);
        model.addAttribute(
                "attachmentFiles",
                model.getAttribute("submissionForm") instanceof SubmissionForm f
                        ? FileItem.of(files.describe(f.attachmentIdsLeniently()))
                        : java.util.List.of());
        model.addAttribute("myUnits", submissions.myUnits());
        model.addAttribute("openCommissions", answerable(model));
        model.addAttribute("categories", Category.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute(
                "labels",
                labels.all().stream().filter(l -> access.canRead(l.code())).toList());
        return "admin/reporting/form";
    }
}
