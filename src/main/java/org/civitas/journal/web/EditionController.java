package org.civitas.journal.web;

import static org.civitas.journal.JournalPermissions.COMPILE;
import static org.civitas.journal.JournalPermissions.READ;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.civitas.identity.AccessControl;
import org.civitas.identity.SecurityLabel;
import org.civitas.identity.SecurityLabels;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.journal.EditionExporter;
import org.civitas.journal.EditionPictureAccess;
import org.civitas.journal.EditionQuery;
import org.civitas.journal.EditionRemarks;
import org.civitas.journal.EditionService;
import org.civitas.journal.EditionState;
import org.civitas.journal.EditionView;
import org.civitas.journal.ForwardMethod;
import org.civitas.journal.ForwardService;
import org.civitas.journal.JournalService;
import org.civitas.platform.Forms;
import org.civitas.platform.PageLink;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editions: the filtered list, an edition's page, its life cycle, downloads and forwarding. */
@Controller
@RequestMapping("/admin/editions")
class EditionController {

    private final EditionService editions;
    private final EditionExporter exports;
    private final EditionPictureAccess pictures;
    private final ForwardService forwards;
    private final JournalService journals;
    private final SecurityLabels labels;
    private final OrganisationDirectory organisations;
    private final AccessControl access;
    private final MessageSource messages;
    private final List<EditionRemarks> remarks;

    EditionController(
            EditionService editions,
            EditionExporter exports,
            EditionPictureAccess pictures,
            ForwardService forwards,
            JournalService journals,
            SecurityLabels labels,
            OrganisationDirectory organisations,
            AccessControl access,
            MessageSource messages,
            List<EditionRemarks> remarks) {
        this.editions = editions;
        this.exports = exports;
        this.pictures = pictures;
        this.forwards = forwards;
        this.journals = journals;
        this.labels = labels;
        this.organisations = organisations;
        this.access = access;
        this.messages = messages;
        this.remarks = remarks;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) Long journalId,
            @RequestParam(required = false) EditionState state,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        access.requireAny(COMPILE, READ);
        EditionQuery filter = new EditionQuery(journalId, state, year);
        model.addAttribute("filter", filter);
        model.addAttribute("editions", editions.list(filter, PageRequest.of(Math.max(page, 0), 20)));
        model.addAttribute("journals", journals.list());
        model.addAttribute("states", EditionState.values());
        model.addAttribute("labels", labelsByCode());
        model.addAttribute(
                "pageBase",
                PageLink.to("/admin/editions")
                        .with("journalId", journalId)
                        .with("state", state)
                        .with("year", year)
                        .pageBase());
        model.addAttribute("mayCompile", access.has(COMPILE));
        return "admin/editions/list";
    }

    @PostMapping
    String create(@RequestParam(required = false) Long journalId, RedirectAttributes redirect) {
        access.requireAny(COMPILE);
        if (journalId == null) {
            redirect.addFlashAttribute(
                    "flashError",
                    messages.getMessage(
                            "journal.edition.journal.required",
                            null,
                            org.springframework.context.i18n.LocaleContextHolder.getLocale()));
            return "redirect:/admin/editions";
        }
        long id = editions.create(journalId, null, null).id();
        redirect.addFlashAttribute("flash", "journal.edition.created");
        return "redirect:/admin/editions/" + id;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        access.requireAny(COMPILE, READ);
        boolean compiler = access.requireUser().has(COMPILE);
        EditionView edition = editions.open(id);
        // the items' pictures are served with the edition, to its readers, whatever module they came from
        model.addAttribute("edition", pictures.served(edition));
        model.addAttribute("journal", journals.get(edition.journalId()));
        model.addAttribute("compiler", compiler);
        model.addAttribute("labels", labelsByCode());
        model.addAttribute("labelList", labels.all());
        model.addAttribute("history", editions.signOffHistory(id));
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("methods", ForwardMethod.values());
        model.addAttribute(
                "remarks", remarks.stream().flatMap(r -> r.remarks(id).stream()).toList());
        model.addAttribute("forwards", compiler && edition.state().numbered() ? forwards.ofEdition(id) : List.of());
        return "admin/editions/show";
    }

    @PostMapping("/{id}/describe")
    String describe(
            @PathVariable long id,
            @RequestParam(required = false) String securityLabel,
            @RequestParam(required = false) String editorNote,
            @RequestParam long version,
            RedirectAttributes redirect) {
        return act(id, redirect, "common.saved", () -> editions.describe(id, securityLabel, editorNote, version));
    }

    @PostMapping("/{id}/submit")
    String submit(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "journal.edition.submitted", () -> editions.submitForSignOff(id));
    }

    @PostMapping("/{id}/release")
    String release(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "journal.edition.released", () -> editions.release(id));
    }

    @PostMapping("/{id}/archive")
    String archive(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "journal.edition.archived", () -> editions.archive(id));
    }

    @PostMapping("/{id}/discard")
    String discard(@PathVariable long id, RedirectAttributes redirect) {
        access.requireAny(COMPILE);
        var refusal = Forms.refusal(messages, () -> editions.discard(id));
        if (refusal.isPresent()) {
            redirect.addFlashAttribute("flashError", refusal.get());
            return "redirect:/admin/editions/" + id;
        }
        redirect.addFlashAttribute("flash", "journal.edition.discarded");
        return "redirect:/admin/editions";
    }

    @GetMapping("/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @RequestParam(defaultValue = "false") boolean preview) {
        // no permission up front: the sign-off reviewer reads the PDF of the edition they sign off, too
        access.requireUser();
        var file = exports.pdf(id);
        return preview ? Downloads.inline(file) : Downloads.attachment(file);
    }

    @GetMapping("/{id}/docx")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        access.requireAny(COMPILE, READ);
        return Downloads.attachment(exports.docx(id));
    }

    /** Makes the package, records the forward and hands the package to the browser to send on. */
    @PostMapping("/{id}/forward")
    Object forward(
            @PathVariable long id,
            @RequestParam(required = false) String recipient,
            @RequestParam(required = false) ForwardMethod method,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        access.requireAny(COMPILE);
        ForwardService.Forwarded[] sent = new ForwardService.Forwarded[1];
        var refusal = Forms.refusal(messages, () -> sent[0] = forwards.forward(id, recipient, method, note));
        if (refusal.isPresent()) {
            redirect.addFlashAttribute("flashError", refusal.get());
            return "redirect:/admin/editions/" + id;
        }
        return Downloads.attachment(sent[0].file());
    }

    String act(long id, RedirectAttributes redirect, String success, Runnable action) {
        access.requireAny(COMPILE);
        Forms.flash(messages, redirect, success, action);
        return "redirect:/admin/editions/" + id;
    }

    private Map<String, SecurityLabel> labelsByCode() {
        return labels.all().stream().collect(Collectors.toMap(SecurityLabel::code, l -> l));
    }
}
