package org.civitas.content.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.civitas.content.ShareChanged;
import org.civitas.content.ShareState;
import org.civitas.platform.DomainException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One share of an article with a channel of another site, and its guarded life cycle (see
 * {@link ShareState}). {@code activeTarget} mirrors the target site while the share is active, for the
 * database's one-active-share-per-site key.
 */
@Entity
@Table(name = "content_share")
class Share {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id", nullable = false, updatable = false)
    private long articleId;

    @Column(name = "source_site_id", nullable = false, updatable = false)
    private long sourceSiteId;

    @Column(name = "target_site_id", nullable = false, updatable = false)
    private long targetSiteId;

    @Column(name = "target_channel_id", nullable = false, updatable = false)
    private long targetChannelId;

    @Column(name = "target_organisation_id", nullable = false, updatable = false)
    private long targetOrganisationId;

    @Column(nullable = false, updatable = false)
    private boolean disclosure;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ShareState state;

    @Column(nullable = false, updatable = false)
    private boolean pulled;

    @Column(name = "active_target")
    private Long activeTarget;

    @Column(length = 500)
    private String reason;

    @Column(name = "requested_by", nullable = false, length = 64, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected Share() {}

    /** A push waiting for the target's decision, or (pulled) a share the target took itself, accepted at once. */
    Share(
            long articleId,
            long sourceSiteId,
            long targetSiteId,
            long targetChannelId,
            long targetOrganisationId,
            boolean disclosure,
            boolean pulled,
            String by,
            Instant now) {
        this.articleId = articleId;
        this.sourceSiteId = sourceSiteId;
        this.targetSiteId = targetSiteId;
        this.targetChannelId = targetChannelId;
        this.targetOrganisationId = targetOrganisationId;
        this.disclosure = disclosure;
        this.pulled = pulled;
        this.requestedBy = by;
        this.requestedAt = now;
        this.activeTarget = targetSiteId;
        if (pulled) {
            this.state = ShareState.ACCEPTED;
            this.decidedBy = by;
            this.decidedAt = now;
        } else {
            this.state = ShareState.PENDING;
        }
    }

    void accept(String by, Instant now) {
        require(ShareState.PENDING, "content.share.notPending");
        decide(ShareState.ACCEPTED, null, by, now);
    }

    void decline(String reason, String by, Instant now) {
        require(ShareState.PENDING, "content.share.notPending");
        decide(ShareState.DECLINED, reason, by, now);
    }

    void remove(String by, Instant now) {
        require(ShareState.ACCEPTED, "content.share.notAccepted");
        decide(ShareState.REMOVED, null, by, now);
    }

    void cancel(String by, Instant now) {
        require(ShareState.PENDING, "content.share.notPending");
        decide(ShareState.CANCELLED, null, by, now);
    }

    /** The source left the public sites: the share ends whatever its active state. */
    void end(String by, Instant now) {
        if (!state.active()) {
            throw new DomainException("content.share.notActive", id, label(state));
        }
        decide(ShareState.ENDED, null, by, now);
    }

    /**
     * The receiving channel was removed: the share ends whatever its active state; the channel's name is
     * kept as the reason, since the channel itself is gone.
     */
    void channelRemoved(String channelName, String by, Instant now) {
        if (!state.active()) {
            throw new DomainException("content.share.notActive", id, label(state));
        }
        decide(ShareState.CHANNEL_REMOVED, channelName, by, now);
    }

    /** The receiving channel stopped taking pushes: a pending push ends undecided (accepted copies stay). */
    void channelClosed(String by, Instant now) {
        require(ShareState.PENDING, "content.share.notPending");
        decide(ShareState.CHANNEL_CLOSED, null, by, now);
    }

    private void require(ShareState expected, String messageKey) {
        if (state != expected) {
            throw new DomainException(messageKey, id, label(state));
        }
    }

    private void decide(ShareState next, String reason, String by, Instant now) {
        this.state = next;
        this.reason = reason;
        this.decidedBy = by;
        this.decidedAt = now;
        this.activeTarget = next.active() ? targetSiteId : null;
    }

    /** A state as a refusal names it, resolved in the reader's language. */
    static DefaultMessageSourceResolvable label(Enum<?> state) {
        String prefix = state instanceof ShareState ? "content.share.state." : "content.state.";
        return new DefaultMessageSourceResolvable(new String[] {prefix + state.name()}, state.name());
    }

    ShareChanged changed() {
        return new ShareChanged(id, articleId, sourceSiteId, targetSiteId, targetChannelId, state, pulled, reason);
    }

    Long id() {
        return id;
    }

    long articleId() {
        return articleId;
    }

    long sourceSiteId() {
        return sourceSiteId;
    }

    long targetSiteId() {
        return targetSiteId;
    }

    long targetChannelId() {
        return targetChannelId;
    }

    long targetOrganisationId() {
        return targetOrganisationId;
    }

    boolean disclosure() {
        return disclosure;
    }

    ShareState state() {
        return state;
    }

    boolean pulled() {
        return pulled;
    }

    String reason() {
        return reason;
    }

    String requestedBy() {
        return requestedBy;
    }

    Instant requestedAt() {
        return requestedAt;
    }

    String decidedBy() {
        return decidedBy;
    }

    Instant decidedAt() {
        return decidedAt;
    }
}
