package org.civitas.content.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.civitas.platform.DomainException;
import org.civitas.platform.NotFoundException;
import org.civitas.site.ChannelType;
import org.civitas.site.ChannelView;
import org.civitas.site.SiteView;
import org.civitas.site.trusted.SiteDirectory;
import org.springframework.stereotype.Component;

/** Sites and channels as the content module needs them, from the site module's directory. */
@Component
class SiteChannelLookup {

    private final SiteDirectory sites;

    SiteChannelLookup(SiteDirectory sites) {
        this.sites = sites;
    }

    SiteView site(long siteId) {
        return sites.findById(siteId).orElseThrow(() -> new NotFoundException("Site", siteId));
    }

    Optional<ChannelView> channel(long siteId, long channelId) {
        return find(sites.channels(siteId), c -> c.id() == channelId);
    }

    /** The ids of every channel of the site, at any depth. */
    Set<Long> channelIds(long siteId) {
        Set<Long> ids = new HashSet<>();
        collect(sites.channels(siteId), ids);
        return ids;
    }

    private static void collect(List<ChannelView> channels, Set<Long> ids) {
        for (ChannelView c : channels) {
            ids.add(c.id());
            collect(c.children(), ids);
        }
    }

    Optional<ChannelView> channelByCode(long siteId, String code) {
        return find(sites.channels(siteId), c -> c.code().equals(code));
    }

    /** The channel of the site that articles can be written in (a list or disclosure channel). */
    ChannelView articleChannel(long siteId, long channelId) {
        ChannelView channel = channel(siteId, channelId)
                .orElseThrow(() -> DomainException.onField("channelId", "content.channel.unknown", channelId));
        return requireArticles(channel);
    }

    static ChannelView requireArticles(ChannelView channel) {
        if (channel.type() != ChannelType.LIST && channel.type() != ChannelType.DISCLOSURE) {
            throw DomainException.onField("channelId", "content.channel.noArticles", channel.name());
        }
        return channel;
    }

    boolean disclosure(long siteId, long channelId) {
        return channel(siteId, channelId)
                .map(c -> c.type() == ChannelType.DISCLOSURE)
                .orElse(false);
    }

    /** The site's channel tree. */
    List<ChannelView> tree(long siteId) {
        return sites.channels(siteId);
    }

    List<SiteView> all() {
        return sites.all();
    }

    private static Optional<ChannelView> find(List<ChannelView> channels, Predicate<ChannelView> test) {
        for (ChannelView c : channels) {
            if (test.test(c)) {
                return Optional.of(c);
            }
            Optional<ChannelView> below = find(c.children(), test);
            if (below.isPresent()) {
                return below;
            }
        }
        return Optional.empty();
    }
}
