package org.civitas.publishing.view;

/**
 * An article in a list (home blocks, channel pages, the disclosure catalogue).
 *
 * @param url the article's page, or the address an external item links to
 * @param date the day it was published, {@code yyyy-MM-dd}
 * @param titleLanguage the language to mark the title with where its script is not the page's
 * @param subtitleLanguage the same for the subtitle
 * @param indexNumber the disclosure index number (索引号), for disclosure documents
 * @param pinned whether it is pinned to the top of its lists
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
