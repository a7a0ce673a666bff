package org.civitas.content.internal;

import static org.civitas.site.SitePermissions.SITE_CREATE;
import static org.civitas.site.SitePermissions.SITE_MANAGE;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.civitas.content.ChannelReviewChanged;
import org.civitas.content.ChannelReviewSettings;
import org.civitas.platform.DomainException;
import org.civitas.site.SiteService;
import org.civitas.workflow.ReviewChainService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class ReviewChainAssignment implements ChannelReviewSettings {

    private final ChannelSettings settings;
    private final SiteChannelLookup channels;
    private final SiteService sites;
    private final ReviewChainService chains;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewChainAssignment(
            ChannelSettings settings,
            SiteChannelLookup channels,
            SiteService sites,
            ReviewChainService chains,
            ApplicationEventPublisher events,
            Clock clock) {
        this.settings = settings;
        this.channels = channels;
        this.sites = sites;
        this.chains = chains;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Optional<String> chainOf(long channelId) {
        return settings.chain(channelId);
    }

    @Override
    public Map<Long, String> chains(long siteId) {
        return settings.chains(siteId);
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyAuthority('" + SITE_CREATE + "', '" + SITE_MANAGE + "')")
    public void setChain(long siteId, long channelId, String chainCode) {
        if (!sites.canManage(siteId)) {
            throw new AccessDeniedException("not an administrator of site " + siteId);
        }
        var channel = channels.articleChannel(siteId, channelId);
        String code = chainCode == null || chainCode.isBlank() ? null : chainCode.strip();
        if (code != null && !chainExists(code)) {
            throw DomainException.onField("chainCode", "content.chain.unknown", code);
        }
        settings.setChain(siteId, channel.id(), code, ArticleAccess.actor(), clock.instant());
        events.publishEvent(new ChannelReviewChanged(siteId, channel.id(), code));
    }

    /** Whether the chain is defined; choosing chains needs {@code reviewchain:read} besides managing the site. */
    private boolean chainExists(String code) {
        return chains.find(code).isPresent();
    }
}
