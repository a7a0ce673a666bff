package org.civitas.content;

import java.util.List;
import java.util.Set;
import org.civitas.site.SiteView;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Sharing articles across sites (推送 / 引用), by reference: a receiving site shows the source article's
 * current public copy in one of its channels, follows its re-reviewed edits and loses it when the source
 * is withdrawn. Every method but the channel settings needs {@link ContentPermissions#WRITE}; pushing and pulling also need
 * {@link ContentPermissions#SHARE} (see there for scopes). Every change publishes one {@link ShareChanged}
 * (and a {@link PublicContentChanged} when the public pages change). Removing a receiving channel (in the
 * site module) ends every active share into it ({@link ShareState#CHANNEL_REMOVED}). Refusals are
 * {@link org.civitas.platform.DomainException}s and change nothing.
 */
public interface ShareService {

    /** Whether the current user may push articles of the site (holds {@code content:share} and {@code content:write} there). */
    boolean canShareFrom(long siteId);

    /** Whether the current user may pull articles into the site. */
    boolean canPullInto(long siteId);

    /** Channels of other sites that take pushes and do not carry the article yet, by site in tree order. */
    List<ShareTarget> pushTargets(long articleId);

    /**
     * Pushes a published (or approved) article to a channel of another site that takes pushes; the
     * receiving site's editors accept or decline it.
     */
    ShareView push(long articleId, long targetSiteId, long targetChannelId);

    /** Takes a published article of another site into a channel of a site the user may pull into; accepted at once. */
    ShareView pull(long articleId, long targetSiteId, long targetChannelId);

    /** Accepts a pending push: the article appears on the receiving site (once it is published). */
    ShareView accept(long shareId);

    /** Declines a pending push; the reason (required, at most 500 characters) is shown to the source site. */
    ShareView decline(long shareId, String reason);

    /** Takes an accepted share off the receiving site. */
    ShareView remove(long shareId);

    /** Calls back a pending push (the source site's editors). */
    ShareView cancel(long shareId);

    /** Shares received by the site, optionally in one state, pending first then newest; one page of them. */
    Page<ShareView> incoming(long siteId, ShareState state, Pageable pageable);

    /** Shares the site's articles went out in, newest first; one page of them. */
    Page<ShareView> outgoing(long siteId, Pageable pageable);

    /** The shares of the article (its source site's editors), newest first; one page of them. */
    Page<ShareView> of(long articleId, Pageable pageable);

    /** The other sites of the cluster, in tree order, to pull from into the site. */
    List<SiteView> pullSources(long targetSiteId);

    /**
     * Published articles of another site that the site may pull and does not carry yet, newest first.
     *
     * @param sourceSiteId the site to browse
     */
    Page<ArticleSummary> pullable(long targetSiteId, long sourceSiteId, Pageable pageable);

    /** Channels of the site that take pushes from other sites. */
    Set<Long> acceptingChannels(long siteId);

    /**
     * Opens or closes a channel of the site to pushes; needs the right to manage the site (as for
     * {@link ChannelReviewSettings#setChain}); publishes one {@link ChannelSharingChanged}. Closing ends the
     * pushes still pending into the channel ({@link ShareState#CHANNEL_CLOSED}, one {@link ShareChanged}
     * each); the copies it already carries stay until its editors remove them.
     */
    void setAccepting(long siteId, long channelId, boolean accepts);
}
