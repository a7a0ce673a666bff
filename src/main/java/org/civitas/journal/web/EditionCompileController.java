package org.civitas.journal.web;

import static org.civitas.journal.JournalPermissions.COMPILE;

import java.util.List;
import org.civitas.identity.AccessControl;
import org.civitas.journal.Credit;
import org.civitas.journal.EditionItemDraft;
import org.civitas.journal.EditionService;
import org.civitas.journal.MoveDirection;
import org.civitas.platform.Forms;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Compiling a draft: items and sections added, moved up and down, renamed and removed. Plain form
 * posts that redirect back to the edition, so ordering works without JavaScript.
 */
@Controller
@RequestMapping("/admin/editions/{id}")
class EditionCompileController {

    private final EditionService editions;
    private final AccessControl access;
    private final MessageSource messages;

    EditionCompileController(EditionService editions, AccessControl access, MessageSource messages) {
        this.editions = editions;
        this.access = access;
        this.messages = messages;
    }

    @PostMapping("/items")
    String addItem(
            @PathVariable long id,
            @RequestParam(required = false) String section,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String bodyHtml,
            @RequestParam(required = false) List<Long> creditIds,
            RedirectAttributes redirect) {
        List<Credit> credits = creditIds == null
                ? List.of()
                : creditIds.stream().map(c -> new Credit(c, null)).toList();
        return act(
                id,
                redirect,
                "journal.item.added",
                () -> editions.addItem(id, new EditionItemDraft(section, title, bodyHtml, credits, null, null)));
    }

    @PostMapping("/items/{itemId}/move")
    String moveItem(
            @PathVariable long id,
            @PathVariable long itemId,
            @RequestParam MoveDirection direction,
            RedirectAttributes redirect) {
        return act(id, redirect, null, () -> editions.moveItem(id, itemId, direction));
    }

    @PostMapping("/items/{itemId}/remove")
    String removeItem(@PathVariable long id, @PathVariable long itemId, RedirectAttributes redirect) {
        return act(id, redirect, "journal.item.removed", () -> editions.removeItem(id, itemId));
    }

    @PostMapping("/sections")
    String addSection(
            @PathVariable long id, @RequestParam(required = false) String title, RedirectAttributes redirect) {
        return act(id, redirect, "journal.section.added", () -> editions.addSection(id, title));
    }

    @PostMapping("/sections/{sectionId}/move")
    String moveSection(
            @PathVariable long id,
            @PathVariable long sectionId,
            @RequestParam MoveDirection direction,
            RedirectAttributes redirect) {
        return act(id, redirect, null, () -> editions.moveSection(id, sectionId, direction));
    }

    @PostMapping("/sections/{sectionId}/rename")
    String renameSection(
            @PathVariable long id,
            @PathVariable long sectionId,
            @RequestParam(required = false) String title,
            RedirectAttributes redirect) {
        return act(id, redirect, "common.saved", () -> editions.renameSection(id, sectionId, title));
    }

    @PostMapping("/sections/{sectionId}/remove")
    String removeSection(@PathVariable long id, @PathVariable long sectionId, RedirectAttributes redirect) {
        return act(id, redirect, "journal.section.removed", () -> editions.removeSection(id, sectionId));
    }

    private String act(long id, RedirectAttributes redirect, String success, Runnable action) {
        access.requireAny(COMPILE);
        Forms.flash(messages, redirect, success, action);
        return "redirect:/admin/editions/" + id + "#compile";
    }
}
