package org.civitas.publishing.view;

import java.util.List;

/**
 * The home page (template {@code home}): the latest articles and a block per list channel.
 *
 * @param isHome always set: tells shared partials they are on the home page
 * @param headlines the site's latest articles
 * @param blocks up to eight list channels with their latest articles
 */
public record HomePage(boolean isHome, List<ArticleItem> headlines, List<Block> blocks) implements PageContent {

    public HomePage(List<ArticleItem> headlines, List<Block> blocks) {
        this(true, List.copyOf(headlines), List.copyOf(blocks));
    }

    /** A channel's block: its latest articles; {@code empty} when it has none. */
    public record Block(String name, String url, List<ArticleItem> articles, boolean empty) {

        public Block {
            articles = List.copyOf(articles);
        }
    }
}
