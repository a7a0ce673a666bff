package org.civitas.site;

import java.util.List;

/**
 * A channel of a site with the channels below it.
 *
 * @param blueprintEntryCode the blueprint entry it was created from, or {@code null} for a local channel
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
        List<ChannelView> children) {

    public boolean local() {
        return blueprintEntryCode == null;
    }
}
