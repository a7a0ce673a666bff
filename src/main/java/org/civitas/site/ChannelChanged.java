package org.civitas.site;

import java.util.ArrayList;
import java.util.List;
import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/**
 * A local channel was renamed, re-linked or moved: summarised in the reader's language by
 * {@code audit.summary.ChannelChanged.<change>} with the values (never prose).
 */
@Audited(action = "channel:update", object = "Channel", id = "channelId")
public record ChannelChanged(long channelId, long siteId, String code, Change change, List<Object> values)
        implements AuditableEvent {
    /** What was changed, and the values its summary shows after the channel code and the site id. */
    public enum Change {
        /** name before, name after */
        RENAMED,
        /** address before, address after */
        LINKED,
        /** the new position among its siblings, from 1 */
        MOVED
    }

    public ChannelChanged {
        values = values == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(values));
    }

    @Override
    public String summary() {
        List<Object> args = new ArrayList<>(values.size() + 2);
        args.add(code);
        args.add(siteId);
        args.addAll(values);
        return AuditSummary.of("ChannelChanged." + change.name(), args.toArray());
    }
}
