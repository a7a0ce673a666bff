package org.civitas.publishing.view;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The page links of a list a page at a time.
 *
 * @param current the page shown, from 1
 * @param total how many pages there are
 * @param multiple whether there is more than one page (a pager is shown at all)
 * @param prev the previous page's address, on all but the first
 * @param next the next page's address, on all but the last
 * @param pages up to nine pages around the current one
 */
public record Pager(int current, int total, boolean multiple, String prev, String next, List<Page> pages) {

    public Pager {
        pages = List.copyOf(pages);
    }

    /** The pager of page {@code current} of {@code total}, {@code url} giving a page's address. */
    public static Pager of(int current, int total, IntFunction<String> url) {
        if (total <= 1) {
            return new Pager(current, 1, false, null, null, List.of());
        }
        List<Page> pages = new ArrayList<>();
        int from = Math.max(1, current - 4);
        int to = Math.min(total, from + 8);
        for (int n = from; n <= to; n++) {
            pages.add(new Page(n, url.apply(n), n == current));
        }
        return new Pager(
                current,
                total,
                true,
                current > 1 ? url.apply(current - 1) : null,
                current < total ? url.apply(current + 1) : null,
                pages);
    }

    /** A page link; {@code current} for the page shown. */
    public record Page(int number, String url, boolean current) {}
}
