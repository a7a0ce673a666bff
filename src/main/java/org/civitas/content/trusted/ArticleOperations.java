package org.civitas.content.trusted;

import java.util.List;
import java.util.function.IntConsumer;
import org.civitas.content.ArticleDraft;
import org.civitas.content.ArticleView;
import org.civitas.content.ShareView;

/**
 * Trusted port: no permission checks; content operations for demo data, benchmark generators and the
 * command line, run by an operator on the server (no signed-in user, no review: the operator stands for
 * the site's review). Audited like every write, under the given actor. Not for web use.
 */
public interface ArticleOperations {

    /**
     * Creates the article in the channel {@code channelCode} of the site {@code siteCode} and publishes
     * it at once (or at {@code draft.publishAt()} when that lies in the future).
     *
     * @param actor the name the audit trail records, e.g. {@code cli:root} or {@code demo}
     * @return the new article
     */
    ArticleView publish(String actor, String siteCode, String channelCode, ArticleDraft draft);

    /**
     * Publishes every article as {@link #publish} does, in one transaction: all or nothing. The persistence
     * context is emptied every hundred articles, so a large import stays linear.
     *
     * @param published told how many articles are done after each one; when one is refused, the count says
     *     which (the refused one is the next)
     */
    void publishAll(String actor, List<Placement> placements, IntConsumer published);

    /** An article to publish in the channel {@code channelCode} of the site {@code siteCode}. */
    record Placement(String siteCode, String channelCode, ArticleDraft draft) {}

    /**
     * Sets the index-number category code of a disclosure channel (as its site administrator would);
     * numbers already given out keep their form.
     */
    void indexCategory(String actor, String siteCode, String channelCode, String category);

    /** Opens a channel of a site to pushes from other sites (as its administrator would). */
    void openToPushes(String actor, String siteCode, String channelCode);

    /**
     * Shares a published article with a channel of another site, accepted at once (as if the receiving
     * site had pulled it); the channel need not take pushes.
     */
    ShareView share(String actor, long articleId, String siteCode, String channelCode);
}
