package org.civitas.storage.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;

/**
 * An upload request whose body nobody but the blob controller may touch. Without this, the servlet
 * container would parse a multipart body (into temporary files, capped by
 * {@code spring.servlet.multipart.*}) as soon as anything asked for a request parameter (the CSRF
 * filter, the locale interceptor) or when the dispatcher resolved multipart requests. So request
 * parameters come only from the query string, and a multipart body is presented as an opaque stream.
 */
final class StreamedUploadRequest extends HttpServletRequestWrapper {

    static final String OPAQUE_MULTIPART = "application/x-civitas-streamed-multipart";

    private final Map<String, String[]> queryParameters;

    StreamedUploadRequest(HttpServletRequest request) {
        super(request);
        this.queryParameters = Collections.unmodifiableMap(parse(request.getQueryString()));
    }

    /** The content type the client sent, multipart included. */
    String originalContentType() {
        return super.getContentType();
    }

    @Override
    public String getContentType() {
        String original = super.getContentType();
        return isMultipart(original) ? OPAQUE_MULTIPART : original;
    }

    @Override
    public String getParameter(String name) {
        String[] values = queryParameters.get(name);
        return values == null ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return queryParameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(queryParameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = queryParameters.get(name);
        return values == null ? null : values.clone();
    }

    @Override
    public Collection<Part> getParts() {
        return List.of();
    }

    @Override
    public Part getPart(String name) {
        return null;
    }

    static boolean isMultipart(String contentType) {
        return contentType != null && contentType.regionMatches(true, 0, MediaType.MULTIPART_FORM_DATA_VALUE, 0, 19);
    }

    private static Map<String, String[]> parse(String query) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
        }
        Map<String, String[]> result = new LinkedHashMap<>();
        values.forEach((name, list) -> result.put(name, list.toArray(String[]::new)));
        return result;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
