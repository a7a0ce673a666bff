package org.civitas.content.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civitas.site.ChannelType;
import org.civitas.site.ChannelView;
import org.civitas.site.trusted.SiteDirectory;
import org.springframework.stereotype.Component;

/** A site's channels that hold articles, flattened in tree order with their depth, for pickers. */
@Component
class ChannelOptions {

    /** One channel of a picker; {@code label} is indented by depth. */
    record Option(long id, String name, String label, ChannelType type, int depth) {

        public boolean disclosure() {
            return type == ChannelType.DISCLOSURE;
        }
    }

    private final SiteDirectory sites;

    ChannelOptions(SiteDirectory sites) {
        this.sites = sites;
    }

    List<Option> of(long siteId) {
        List<Option> options = new ArrayList<>();
        collect(sites.channels(siteId), 0, options);
        return options;
    }

    Optional<Option> find(long siteId, long channelId) {
        return of(siteId).stream().filter(o -> o.id() == channelId).findFirst();
    }

    private static void collect(List<ChannelView> channels, int depth, List<Option> options) {
        for (ChannelView c : channels) {
            if (c.type() == ChannelType.LIST || c.type() == ChannelType.DISCLOSURE) {
                options.add(new Option(c.id(), c.name(), "\u3000".repeat(depth) + c.name(), c.type(), depth));
            }
            collect(c.children(), depth + 1, options);
        }
    }
}
