package org.civitas.publishing.view;

import java.util.List;

/**
 * The public search page (template {@code search}), made by the search module.
 *
 * @param search the form and what it found
 * @param pager the pages of hits
 */
public record SearchPage(Form search, Pager pager) implements PageContent {

    /**
     * What was asked, the filters' choices and what was found.
     *
     * @param action where the search form is sent
     * @param query the words asked for
     * @param cluster whether the whole cluster is searched (else this site)
     * @param asked whether a query was asked ({@code blank} when not)
     * @param truncated whether the query was cut to its first words
     * @param byDate whether hits are ordered by date (else by relevance)
     * @param articleKind whether only articles are asked for
     * @param disclosureKind whether only disclosure documents are asked for
     * @param total how many hits there are
     * @param from the first day asked for, {@code yyyy-MM-dd}
     * @param to the last day asked for
     * @param sites the sites to choose from (when searching the cluster)
     * @param channels the channels to choose from (when searching this site)
     * @param none whether a query found nothing, with {@code suggestions} and a {@code clusterLink}
     */
    public record Form(
            String action,
            String query,
            boolean cluster,
            boolean asked,
            boolean blank,
            boolean truncated,
            boolean failed,
            boolean byDate,
            boolean articleKind,
            boolean disclosureKind,
            long total,
            String from,
            String to,
            List<Option> sites,
            List<Option> channels,
            List<Result> results,
            boolean none,
            List<Link> suggestions,
            String clusterLink) {

        public Form {
            sites = List.copyOf(sites);
            channels = List.copyOf(channels);
            results = List.copyOf(results);
            suggestions = List.copyOf(suggestions);
        }
    }

    /**
     * A hit; its {@code title} and {@code snippet} are segments, the matched ones marked {@code hit}.
     *
     * @param siteName the site the article is on
     * @param channel the name of its channel
     * @param date the day it was published
     */
    public record Result(
            String url, List<Segment> title, List<Segment> snippet, String siteName, String channel, String date) {

        public Result {
            title = List.copyOf(title);
            snippet = List.copyOf(snippet);
        }
    }

    /** A piece of text, {@code hit} where it matched the query. */
    public record Segment(String text, boolean hit) {}
}
