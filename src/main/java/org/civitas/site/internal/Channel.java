package org.civitas.site.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import org.civitas.platform.DomainException;
import org.civitas.site.ChannelType;
import org.civitas.site.ChannelView;

/** A channel of one site; one created from a blueprint entry keeps its name and place in the tree. */
@Entity
@Table(name = "site_channel")
class Channel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "site_id", nullable = false, updatable = false)
    private long siteId;

    @Column(name = "parent_id", updatable = false)
    private Long parentId;

    @Column(nullable = false, length = 64, updatable = false)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ChannelType type;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "blueprint_entry_code", length = 64)
    private String blueprintEntryCode;

    /** Where a {@link ChannelType#LINK} channel leads; {@code null} for other kinds and for a link not yet set. */
    @Column(name = "link_url", length = 2000)
    private String linkUrl;

    protected Channel() {}

    Channel(
            long siteId,
            Long parentId,
            String code,
            String name,
            ChannelType type,
            int sortOrder,
            String blueprintEntryCode) {
        this.siteId = siteId;
        this.parentId = parentId;
        this.code = code;
        this.name = name;
        this.type = type;
        this.sortOrder = sortOrder;
        this.blueprintEntryCode = blueprintEntryCode;
    }

    /** Points a link channel at {@code url} (already checked); other kinds hold articles, not an address. */
    void linkTo(String url) {
        if (type != ChannelType.LINK) {
            throw DomainException.onField("linkUrl", "site.channel.link.notLink", name);
        }
        this.linkUrl = url;
    }

    String linkUrl() {
        return linkUrl;
    }

    void rename(String newName) {
        this.name = newName;
    }

    /** Takes the blueprint's name for this blueprint channel (when the blueprint entry was renamed). */
    void conformTo(String blueprintName) {
        this.name = blueprintName;
    }

    /**
     * The blueprint no longer has this channel's entry: it becomes a local channel, keeping its
     * content, which the site's administrators may keep, rename or remove.
     */
    void detachFromBlueprint() {
        this.blueprintEntryCode = null;
    }

    /** Refuses a site administrator's change to a channel of a blueprint that locks its channels. */
    void requireUnlocked(boolean blueprintLocked, String refusal) {
        if (blueprintEntryCode != null && blueprintLocked) {
            throw new DomainException(refusal, name);
        }
    }

    void placeAt(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    ChannelView view(List<ChannelView> children) {
        return new ChannelView(
                id, siteId, parentId, code, name, type, sortOrder, blueprintEntryCode, linkUrl, children);
    }

    ChannelType type() {
        return type;
    }

    Long id() {
        return id;
    }

    long siteId() {
        return siteId;
    }

    Long parentId() {
        return parentId;
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    int sortOrder() {
        return sortOrder;
    }

    String blueprintEntryCode() {
        return blueprintEntryCode;
    }
}
