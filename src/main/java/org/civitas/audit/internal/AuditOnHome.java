package org.civitas.audit.internal;

import java.util.List;
import org.civitas.audit.AuditPermissions;
import org.civitas.platform.HomeContributor;
import org.springframework.stereotype.Component;

/** The auditor's place to start on the console home: the audit trail. */
@Component
class AuditOnHome implements HomeContributor {

    @Override
    public List<Shortcut> shortcuts() {
        return List.of(new Shortcut(
                "audit.home.trail",
                "audit.home.trail.hint",
                "/admin/audit",
                "journal-check",
                900,
                AuditPermissions.READ));
    }
}
