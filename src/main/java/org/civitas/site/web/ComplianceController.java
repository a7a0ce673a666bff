package org.civitas.site.web;

import static org.civitas.site.SitePermissions.SITE_CREATE;
import static org.civitas.site.SitePermissions.SITE_MANAGE;

import org.civitas.identity.AccessControl;
import org.civitas.site.ChannelService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Where the sites a user manages deviate from their blueprints. */
@Controller
class ComplianceController {

    private final ChannelService channels;
    private final AccessControl access;

    ComplianceController(ChannelService channels, AccessControl access) {
        this.channels = channels;
        this.access = access;
    }

    @GetMapping("/admin/sites/compliance")
    String compliance(Model model) {
        access.requireAny(SITE_CREATE, SITE_MANAGE);
        model.addAttribute("reports", channels.compliance());
        return "admin/sites/compliance";
    }
}
