package org.civitas.publishing.view;

/**
 * An article in a list (home blocks, channel pages, the disclosure catalogue).
 *
 * @param date the day it was published, {@code yyyy-MM-dd}
 * @param titleLanguage the language to mark the title with where its script is not the page's
 * @param external whether the item links away from the site
 * @param cover the address of its cover image, if any
 */
public record ArticleItem(
        String title,
        String url,
        String date,
        String summary,
        String subtitle,
        String titleLanguage,
        String subtitleLanguage,
        String indexNumber,
        boolean pinned,
        boolean external,
        String cover) {}
