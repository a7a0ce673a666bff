package org.civitas.platform;

import java.time.Instant;
import java.util.List;

/**
 * A module's part of the console home (概览) for the signed-in person: what waits for them, what they
 * worked on last, and where their job starts. Modules implement it as a bean and answer only with what the
 * current user may open and count: their permissions, organisation scope and clearance decide, exactly as on
 * the pages the entries link to. The home page asks every contributor and knows nothing of their internals.
 */
public interface HomeContributor {

    /** Kinds of work waiting for the current user, each with its count; none when the job is not theirs. */
    default List<PendingWork> pendingWork() {
        return List.of();
    }

    /** At most {@code limit} items the current user last wrote, edited or sent, newest first. */
    default List<RecentItem> recentItems(int limit) {
        return List.of();
    }

    /** Where the current user's job starts: a new article, a new submission, the user list… */
    default List<Shortcut> shortcuts() {
        return List.of();
    }

    /**
     * One kind of pending work.
     *
     * @param messageKey label of the kind, e.g. 待审核文章
     * @param count how many items wait, counted as the linked list counts them
     * @param href console page listing them
     * @param icon Bootstrap Icons name without the {@code bi-} prefix
     * @param order position on the home page
     */
    record PendingWork(String messageKey, long count, String href, String icon, int order) {}

    /**
     * One item the user worked on.
     *
     * @param kindKey message key of the kind of item in words (文章, 报送信息, 刊物)
     * @param title the item's title as people read it
     * @param stateKey message key of the item's state, or {@code null}
     * @param href console page of the item
     * @param at when the user last changed it
     */
    record RecentItem(String kindKey, String title, String stateKey, String href, Instant at) {}

    /**
     * A way into the user's work.
     *
     * @param messageKey label, e.g. 写文章
     * @param descriptionKey one sentence saying what one does there
     * @param href console page
     * @param icon Bootstrap Icons name without the {@code bi-} prefix
     * @param order position on the home page
     * @param permission authority the page needs, {@code resource:action}, checked like a menu entry's; or
     *     {@code null} when the contributor has decided itself
     */
    record Shortcut(String messageKey, String descriptionKey, String href, String icon, int order, String permission) {

        public Shortcut(String messageKey, String descriptionKey, String href, String icon, int order) {
            this(messageKey, descriptionKey, href, icon, order, null);
        }
    }
}
