package org.civitas.publishing.internal;

/** A page as bytes, ready to be cached, sent or written to a file. */
public record RenderedPage(int status, String contentType, byte[] body) {

    static final String HTML = "text/html;charset=UTF-8";

    static RenderedPage html(int status, String text) {
        return new RenderedPage(status, HTML, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
