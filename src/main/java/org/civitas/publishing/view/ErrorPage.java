package org.civitas.publishing.view;

/**
 * An error page (template {@code error}), such as 404.
 *
 * @param isError always set: tells shared partials they are on an error page
 * @param status the HTTP status
 * @param title what went wrong, in a few words
 * @param message what went wrong and what to do
 */
public record ErrorPage(boolean isError, int status, String title, String message) implements PageContent {

    public ErrorPage(int status, String title, String message) {
        this(true, status, title, message);
    }
}
