package org.civitas.publishing.view;

import java.util.List;

/**
 * The information-disclosure catalogue (template {@code disclosure}), filtered by its facets.
 *
 * @param isDisclosure always set: tells shared partials they are on the catalogue
 * @param filters the filter form
 * @param articles this page's documents
 * @param empty whether the page has no documents
 * @param pager the catalogue's pages
 */
public record DisclosurePage(
        boolean isDisclosure, Filters filters, List<ArticleItem> articles, boolean empty, Pager pager)
        implements PageContent {

    public DisclosurePage(Filters filters, List<ArticleItem> articles, Pager pager) {
        this(true, filters, List.copyOf(articles), articles.isEmpty(), pager);
    }

    /**
     * The filter form: where it is sent and the choices of each facet.
     *
     * @param action where the filter form is sent
     * @param subjects the subject categories (主题分类) to choose from
     * @param authorities the issuing authorities to choose from
     * @param years the years to choose from
     * @param filtered whether any filter is applied
     */
    public record Filters(
            String action, List<Option> subjects, List<Option> authorities, List<Option> years, boolean filtered) {

        public Filters {
            subjects = List.copyOf(subjects);
            authorities = List.copyOf(authorities);
            years = List.copyOf(years);
        }
    }
}
