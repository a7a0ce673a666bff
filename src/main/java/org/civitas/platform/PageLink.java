package org.civitas.platform;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The address a console list's pager completes with a page number: the list's path with its current
 * filters, ending in {@code page=} (as {@code admin/fragments :: pager} expects). Filters without a value
 * are left out, and values are encoded.
 */
public final class PageLink {

    private final UriComponentsBuilder uri;

    private PageLink(String path) {
        this.uri = UriComponentsBuilder.fromPath(path);
    }

    public static PageLink to(String path) {
        return new PageLink(path);
    }

    /** Keeps a filter; {@code null} and blank values are left out. */
    public PageLink with(String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            uri.queryParam(name, value);
        }
        return this;
    }

    /** The address ending in {@code page=}. */
    public String pageBase() {
        return uri.cloneBuilder().queryParam("page", "").encode().build().toUriString();
    }
}
