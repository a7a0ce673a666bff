package org.civitas.site;

import java.util.ArrayList;
import java.util.List;
import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/**
 * A site's details, code or administrators were changed: what changed is a {@link Change} with its
 * values (never prose), summarised in the reader's language by {@code audit.summary.SiteChanged.<change>}.
 */
@Audited(action = "site:update", object = "Site", id = "siteId")
public record SiteChanged(long siteId, String siteCode, Change change, List<Object> values) implements AuditableEvent {
    /** What was changed, and the values its summary shows after the site code. */
    public enum Change {
        /** name, domains (a list), primary domain */
        DETAILS,
        /** code before, code after */
        SITE_CODE,
        /** the administrator's account name */
        ADMINISTRATOR_ADDED,
        /** the administrator's user id */
        ADMINISTRATOR_REMOVED
    }

    public SiteChanged {
        values = values == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(values));
    }

    @Override
    public String summary() {
        List<Object> args = new ArrayList<>(values.size() + 1);
        args.add(siteCode);
        args.addAll(values);
        return AuditSummary.of("SiteChanged." + change.name(), args.toArray());
    }
}
