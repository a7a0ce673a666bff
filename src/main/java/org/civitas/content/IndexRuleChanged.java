package org.civitas.content;

import java.util.ArrayList;
import java.util.List;
import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/**
 * A site's index-number rule (values: authority code, pattern), or the category code of one of its
 * disclosure channels (value: the code, or none when cleared), was changed. Values, never prose: the
 * summary is rendered in the reader's language.
 */
@Audited(action = "content:index-rule", id = "")
public record IndexRuleChanged(long siteId, Long channelId, List<Object> values) implements AuditableEvent {
    public IndexRuleChanged {
        values = values == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** The category of a disclosure channel was set, or cleared when {@code category} is null. */
    public static IndexRuleChanged category(long siteId, long channelId, String category) {
        return new IndexRuleChanged(
                siteId,
                channelId,
                List.of(category == null ? AuditSummary.label("audit.summary.part.none") : category));
    }

    /** A site's rule was set. */
    public static IndexRuleChanged rule(long siteId, String authorityCode, String pattern) {
        return new IndexRuleChanged(siteId, null, java.util.Arrays.asList(authorityCode, pattern));
    }

    @Override
    public String objectType() {
        return channelId == null ? "Site" : "Channel";
    }

    @Override
    public String objectId() {
        return String.valueOf(channelId == null ? siteId : channelId);
    }

    @Override
    public String summary() {
        List<Object> args = new ArrayList<>();
        args.add(siteId);
        if (channelId != null) {
            args.add(channelId);
        }
        args.addAll(values);
        return AuditSummary.of(channelId == null ? "SiteIndexRuleSet" : "ChannelIndexCategorySet", args.toArray());
    }
}
