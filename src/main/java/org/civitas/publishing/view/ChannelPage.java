package org.civitas.publishing.view;

import java.util.List;

/**
 * A channel's page (template {@code channel}): its articles a page at a time, or for a single-page
 * channel its one {@code article}.
 *
 * @param isChannel always set: tells shared partials they are on a channel page
 * @param channel the channel with its feeds
 * @param subchannels the channel's children, or its siblings when it has none, for the sidebar
 * @param article the one article of a single-page channel, else none
 * @param articles this page's articles
 * @param empty whether the page has no articles
 * @param pager the channel's pages
 */
public record ChannelPage(
        boolean isChannel,
        ChannelInfo channel,
        List<PageLayout.ChannelLink> subchannels,
        ArticleView article,
        List<ArticleItem> articles,
        boolean empty,
        Pager pager)
        implements PageContent {

    public ChannelPage(
            ChannelInfo channel,
            List<PageLayout.ChannelLink> subchannels,
            ArticleView article,
            List<ArticleItem> articles,
            Pager pager) {
        this(true, channel, List.copyOf(subchannels), article, List.copyOf(articles), articles.isEmpty(), pager);
    }

    /** The channel with the addresses of its feeds. */
    public record ChannelInfo(String name, String url, String feedAtom, String feedRss) {}
}
