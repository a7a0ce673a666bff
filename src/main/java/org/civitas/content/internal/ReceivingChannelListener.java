package org.civitas.content.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.civitas.content.PublicContentChanged;
import org.civitas.content.ShareState;
import org.civitas.site.ChannelRemoved;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ends the shares into a channel that its site removed. It listens inside the remover's transaction, so
 * the channel and every copy it carried go together: pending pushes end undecided, accepted copies leave
 * the receiving site (its pages and its search follow the {@link PublicContentChanged} of each), and the
 * source site keeps its article. Each ended share publishes its {@code ShareChanged}, audited as
 * {@code content:share-end}.
 *
 * <p>Channels removed before this listener existed left their shares active; the first start after an
 * upgrade ends those the same way (by {@code system}).
 */
@Component
class ReceivingChannelListener {

    private static final Logger log = LoggerFactory.getLogger(ReceivingChannelListener.class);

    private final Shares shares;
    private final PublicationWriter publications;
    private final SiteChannelLookup channels;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReceivingChannelListener(
            Shares shares,
            PublicationWriter publications,
            SiteChannelLookup channels,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.shares = shares;
        this.publications = publications;
        this.channels = channels;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void on(ChannelRemoved removed) {
        end(removed.siteId(), removed.channelId(), removed.name());
    }

    @EventListener(ApplicationReadyEvent.class)
    void endSharesIntoChannelsRemovedEarlier() {
        // each receiving site's channel ids read once, not once per channel that receives shares
        Map<Long, Set<Long>> existing = new HashMap<>();
        for (Object[] target : shares.activeTargets()) {
            long siteId = ((Number) target[0]).longValue();
            long channelId = ((Number) target[1]).longValue();
            if (existing.computeIfAbsent(siteId, channels::channelIds).contains(channelId)) {
                continue;
            }
            try {
                transactions.executeWithoutResult(status -> end(siteId, channelId, null));
                log.info("Ended the shares into channel {} of site {}, removed earlier", channelId, siteId);
            } catch (RuntimeException e) {
                // another node may be doing the same; the next start tries again
                log.warn("Could not end the shares into removed channel {} of site {}", channelId, siteId, e);
            }
        }
    }

    private void end(long siteId, long channelId, String channelName) {
        Instant now = clock.instant();
        String by = ArticleAccess.actor();
        for (ShareState state : new ShareState[] {ShareState.PENDING, ShareState.ACCEPTED}) {
            for (Share share : shares.intoChannel(siteId, channelId, state)) {
                share.channelRemoved(channelName, by, now);
                shares.flush();
                events.publishEvent(share.changed());
                if (publications.unlist(share, now)) {
                    events.publishEvent(new PublicContentChanged(
                            share.articleId(),
                            Set.of(share.targetSiteId()),
                            Set.of(share.targetChannelId()),
                            PublicContentChanged.Change.WITHDRAWN));
                }
            }
        }
    }
}
