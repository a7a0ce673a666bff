package org.civitas.publishing.view;

/**
 * What one kind of page shows on top of the {@link PageLayout} every page shares. A template sees the
 * page's components first and the layout's where the page has no component of that name. The sandbox
 * takes the view models from the permitted records, so a new kind of page is added here and nowhere else.
 */
public sealed interface PageContent permits HomePage, ChannelPage, ArticlePage, DisclosurePage, ErrorPage, SearchPage {}
