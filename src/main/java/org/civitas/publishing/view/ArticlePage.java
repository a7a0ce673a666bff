package org.civitas.publishing.view;

/**
 * An article's page (template {@code article}).
 *
 * @param isArticle always set: tells shared partials they are on an article page
 * @param article the article
 * @param channel the channel the article belongs to, if it still exists
 * @param canonical the source's address of a shared copy, for search engines
 */
public record ArticlePage(boolean isArticle, ArticleView article, Link channel, String canonical)
        implements PageContent {

    public ArticlePage(ArticleView article, Link channel, String canonical) {
        this(true, article, channel, canonical);
    }
}
