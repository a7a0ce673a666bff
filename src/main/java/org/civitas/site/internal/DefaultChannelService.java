package org.civitas.site.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civitas.platform.DomainException;
import org.civitas.platform.NotFoundException;
import org.civitas.site.BlueprintEntry;
import org.civitas.site.ChannelAdded;
import org.civitas.site.ChannelChanged;
import org.civitas.site.ChannelRemoval;
import org.civitas.site.ChannelRemoved;
import org.civitas.site.ChannelService;
import org.civitas.site.ChannelType;
import org.civitas.site.ChannelView;
import org.civitas.site.ComplianceReport;
import org.civitas.site.trusted.ChannelContents;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyAuthority('site:create', 'site:manage')")
class DefaultChannelService implements ChannelService {

    private final Sites sites;
    private final Channels channels;
    private final Blueprints blueprints;
    private final SiteAccess access;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<ChannelContents> contents;

    DefaultChannelService(
            Sites sites,
            Channels channels,
            Blueprints blueprints,
            SiteAccess access,
            ApplicationEventPublisher events,
            ObjectProvider<ChannelContents> contents) {
        this.sites = sites;
        this.channels = channels;
        this.blueprints = blueprints;
        this.access = access;
        this.events = events;
        this.contents = contents;
    }

    @Override
    public List<ChannelView> tree(long siteId) {
        managed(siteId);
        return ChannelTree.of(channels.findBySiteIdOrderBySortOrderAscIdAsc(siteId));
    }

    @Override
    @Transactional
    public ChannelView add(long siteId, Long parentId, String code, String name, ChannelType type) {
        return add(siteId, parentId, code, name, type, null);
    }

    @Override
    @Transactional
    public ChannelView add(long siteId, Long parentId, String code, String name, ChannelType type, String linkUrl) {
        Site site = managed(siteId);
        Blueprint blueprint = blueprints.findByCode(site.blueprintCode()).orElse(null);
        if (blueprint != null && !blueprint.allowLocal()) {
            throw new DomainException("site.channel.local.notAllowed", blueprint.code());
        }
        String checkedCode = SiteRules.channelCode(code);
        String checkedName = SiteRules.channelName(name);
        if (type == null) {
            throw DomainException.onField("type", "site.channel.type.required");
        }
        String link = type == ChannelType.LINK ? SiteRules.linkUrl(linkUrl) : null;
        if (channels.existsBySiteIdAndCode(siteId, checkedCode)) {
            throw DomainException.onField("code", "site.channel.code.taken", checkedCode);
        }
        if (parentId != null) {
            Channel parent = channels.findById(parentId)
                    .filter(p -> p.siteId() == siteId)
                    .orElseThrow(() -> DomainException.onField("parentId", "site.channel.parent.unknown"));
            parentId = parent.id();
        }
        Long parent = parentId;
        int last = channels.findBySiteIdOrderBySortOrderAscIdAsc(siteId).stream()
                .filter(c -> parent == null ? c.parentId() == null : parent.equals(c.parentId()))
                .mapToInt(Channel::sortOrder)
                .max()
                .orElse(0);
        var added = new Channel(siteId, parent, checkedCode, checkedName, type, last + 10, null);
        if (link != null) {
            added.linkTo(link);
        }
        var channel = channels.saveAndFlush(added);
        events.publishEvent(new ChannelAdded(channel.id(), siteId, checkedCode, checkedName));
        return channel.view(List.of());
    }

    @Override
    @Transactional
    public ChannelView rename(long channelId, String name) {
        Channel channel = load(channelId);
        Site site = managed(channel.siteId());
        channel.requireUnlocked(locked(site), "site.channel.blueprint.rename");
        String checked = SiteRules.channelName(name);
        String before = channel.name();
        channel.rename(checked);
        channels.flush();
        events.publishEvent(new ChannelChanged(
                channel.id(),
                channel.siteId(),
                channel.code(),
                ChannelChanged.Change.RENAMED,
                java.util.Arrays.asList(before, checked)));
        return channel.view(List.of());
    }

    @Override
    @Transactional
    public ChannelView link(long channelId, String linkUrl) {
        Channel channel = load(channelId);
        managed(channel.siteId());
        String checked = SiteRules.linkUrl(linkUrl);
        String before = channel.linkUrl();
        channel.linkTo(checked);
        channels.flush();
        events.publishEvent(new ChannelChanged(
                channel.id(),
                channel.siteId(),
                channel.code(),
                ChannelChanged.Change.LINKED,
                java.util.Arrays.asList(before, checked)));
        return channel.view(List.of());
    }

    @Override
    @Transactional
    public ChannelView move(long channelId, int direction) {
        Channel channel = load(channelId);
        Site site = managed(channel.siteId());
        channel.requireUnlocked(locked(site), "site.channel.blueprint.move");
        List<Channel> siblings =
                new ArrayList<>(channels.findBySiteIdOrderBySortOrderAscIdAsc(channel.siteId()).stream()
                        .filter(c -> channel.parentId() == null
                                ? c.parentId() == null
                                : channel.parentId().equals(c.parentId()))
                        .sorted(Comparator.comparingInt(Channel::sortOrder).thenComparing(Channel::id))
                        .toList());
        int at = siblings.indexOf(channel);
        int to = at + Integer.signum(direction);
        if (direction == 0 || to < 0 || to >= siblings.size()) {
            throw new DomainException("site.channel.move.edge", channel.name());
        }
        siblings.add(to, siblings.remove(at));
        for (int i = 0; i < siblings.size(); i++) {
            siblings.get(i).placeAt((i + 1) * 10);
        }
        channels.flush();
        events.publishEvent(new ChannelChanged(
                channel.id(), channel.siteId(), channel.code(), ChannelChanged.Change.MOVED, List.of(to + 1)));
        return channel.view(List.of());
    }

    @Override
    @Transactional
    public void remove(long channelId) {
        remove(channelId, ChannelRemoval.REFUSE, null);
    }

    @Override
    public long itemCount(long channelId) {
        Channel channel = load(channelId);
        managed(channel.siteId());
        return count(channelId);
    }

    @Override
    @Transactional
    public void remove(long channelId, ChannelRemoval removal, Long targetChannelId) {
        Channel channel = load(channelId);
        Site site = managed(channel.siteId());
        channel.requireUnlocked(locked(site), "site.channel.blueprint.remove");
        if (channels.existsByParentId(channel.id())) {
            throw new DomainException("site.channel.remove.children", channel.name());
        }
        long held = count(channelId);
        if (held > 0) {
            // an article left in a removed channel stays public but in no list, and nothing can reach it again
            if (removal == null || removal == ChannelRemoval.REFUSE) {
                throw new DomainException("site.channel.remove.articles", channel.name(), held);
            }
            Channel target = target(channel, targetChannelId);
            contents.getObject()
                    .moveAll(channel.siteId(), channel.id(), target.id(), removal == ChannelRemoval.WITHDRAW);
        }
        channels.delete(channel);
        channels.flush();
        events.publishEvent(new ChannelRemoved(channel.id(), channel.siteId(), channel.code(), channel.name()));
    }

    private long count(long channelId) {
        ChannelContents held = contents.getIfAvailable();
        return held == null ? 0 : held.count(channelId);
    }

    /** Another channel of the same site and type, which can take the items of the one removed. */
    private Channel target(Channel removed, Long targetChannelId) {
        if (targetChannelId == null) {
            throw DomainException.onField("targetChannelId", "site.channel.remove.target.required");
        }
        return channels.findById(targetChannelId)
                .filter(t -> t.siteId() == removed.siteId() && !t.id().equals(removed.id()))
                .filter(t -> t.type() == removed.type())
                .orElseThrow(() -> DomainException.onField("targetChannelId", "site.channel.remove.target.invalid"));
    }

    @Override
    public List<ComplianceReport> compliance() {
        Map<String, Blueprint> all =
                blueprints.findAll().stream().collect(Collectors.toMap(Blueprint::code, Function.identity()));
        return DefaultSiteService.SiteTree.order(sites.findAllByOrderById()).stream()
                .filter(access::canManage)
                .map(site -> report(site, all.get(site.blueprintCode())))
                .toList();
    }

    private ComplianceReport report(Site site, Blueprint blueprint) {
        List<Channel> mine = channels.findBySiteIdOrderBySortOrderAscIdAsc(site.id());
        Map<String, Channel> byEntry = mine.stream()
                .filter(c -> c.blueprintEntryCode() != null)
                .collect(Collectors.toMap(Channel::blueprintEntryCode, Function.identity(), (a, b) -> a));
        List<BlueprintEntry> missing = new ArrayList<>();
        List<ComplianceReport.Renamed> renamed = new ArrayList<>();
        List<BlueprintEntry> entries =
                blueprint == null ? List.of() : blueprint.view().entries();
        for (BlueprintEntry entry : entries) {
            Channel channel = byEntry.get(entry.code());
            String expected = entry.nameFor(site.name());
            if (channel == null) {
                missing.add(entry);
            } else if (!channel.name().equals(expected)) {
                renamed.add(new ComplianceReport.Renamed(entry.code(), expected, channel.name()));
            }
        }
        Set<String> current = entries.stream().map(BlueprintEntry::code).collect(Collectors.toSet());
        List<String> obsolete = mine.stream()
                .filter(c -> c.blueprintEntryCode() != null && !current.contains(c.blueprintEntryCode()))
                .map(Channel::name)
                .toList();
        List<String> local = mine.stream()
                .filter(c -> c.blueprintEntryCode() == null)
                .map(Channel::name)
                .toList();
        return new ComplianceReport(site.id(), site.name(), site.blueprintCode(), missing, renamed, obsolete, local);
    }

    /** Whether the site's blueprint locks its channels (a site without a known blueprint has none to lock). */
    private boolean locked(Site site) {
        return blueprints
                .findByCode(site.blueprintCode())
                .map(Blueprint::locked)
                .orElse(false);
    }

    private Site managed(long siteId) {
        Site site = sites.findById(siteId).orElseThrow(() -> new NotFoundException("Site", siteId));
        access.requireManage(site);
        return site;
    }

    private Channel load(long channelId) {
        return channels.findById(channelId).orElseThrow(() -> new NotFoundException("Channel", channelId));
    }
}
