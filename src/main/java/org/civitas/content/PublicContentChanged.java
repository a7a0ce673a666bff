package org.civitas.content;

import java.util.Set;

/**
 * What the public sees has changed: an article was published, edited while published, or withdrawn,
 * or a shared copy was accepted or removed. Published inside the writing transaction; listeners that
 * evict caches or export pages use
 * {@code @TransactionalEventListener(phase = AFTER_COMMIT)} so that they read the committed state.
 *
 * @param articleId the source article
 * @param siteIds every site whose pages show or showed it (source and carrying sites)
 * @param channelIds every channel, on any of those sites, that lists or listed it
 */
public record PublicContentChanged(long articleId, Set<Long> siteIds, Set<Long> channelIds, Change change) {

    public enum Change {
        PUBLISHED,
        UPDATED,
        WITHDRAWN
    }
}
