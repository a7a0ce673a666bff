package org.civitas.journal.web;

import static org.civitas.journal.JournalPermissions.COMPILE;

import org.civitas.identity.AccessControl;
import org.civitas.journal.ForwardService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** What was forwarded to higher authorities, newest first. */
@Controller
class ForwardController {

    private final ForwardService forwards;
    private final AccessControl access;

    ForwardController(ForwardService forwards, AccessControl access) {
        this.forwards = forwards;
        this.access = access;
    }

    @GetMapping("/admin/forwards")
    String list(Model model) {
        access.requireAny(COMPILE);
        model.addAttribute("forwards", forwards.list());
        return "admin/forwards/list";
    }
}
