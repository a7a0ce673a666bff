package org.civitas.site.internal;

import java.util.Comparator;
import java.util.List;
import org.civitas.site.ChannelView;

/** Builds the nested channel views of one site from its flat rows. */
final class ChannelTree {

    private ChannelTree() {}

    static List<ChannelView> of(List<Channel> all) {
        return children(null, all);
    }

    private static List<ChannelView> children(Long parentId, List<Channel> all) {
        return all.stream()
                .filter(c -> parentId == null ? c.parentId() == null : parentId.equals(c.parentId()))
                .sorted(Comparator.comparingInt(Channel::sortOrder).thenComparing(Channel::id))
                .map(c -> c.view(children(c.id(), all)))
                .toList();
    }
}
