package org.civitas.site;

import java.util.List;

/**
 * A channel of a site with the channels below it.
 *
 * @param blueprintEntryCode the blueprint entry it was created from, or {@code null} for a local channel
 * @param linkUrl where a {@link ChannelType#LINK} channel leads: an {@code http(s)} address or a path of the
 *     site starting with {@code /}; {@code null} for other kinds and for a link channel not yet pointed anywhere
 */
public record ChannelView(
        long id,
        long siteId,
        Long parentId,
        String code,
        String name,
        ChannelType type,
        int sortOrder,
        String blueprintEntryCode,
        String linkUrl,
        List<ChannelView> children) {

    public ChannelView(
            long id,
            long siteId,
            Long parentId,
            String code,
            String name,
            ChannelType type,
            int sortOrder,
            String blueprintEntryCode,
            List<ChannelView> children) {
        this(id, siteId, parentId, code, name, type, sortOrder, blueprintEntryCode, null, children);
    }

    public boolean local() {
        return blueprintEntryCode == null;
    }

    /** A link channel: shown as a link to its address, never as a page of its own. */
    public boolean link() {
        return type == ChannelType.LINK;
    }

    /** Whether the address leaves the site ({@code http(s)://…}) rather than naming a path of it. */
    public boolean external() {
        return linkUrl != null && !linkUrl.startsWith("/");
    }
}
