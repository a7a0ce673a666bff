package org.civitas.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * A form post larger than the server takes (a pasted 2 MB title, a file over the upload limit) is answered
 * by the application, not by Tomcat: the console's own error page with the reason in the person's language
 * (413), or a problem document for the API. It is a mistake of the user, noted at INFO, never an ERROR
 * with a stack trace. The size is judged from the declared length before anything reads the body; a
 * body without a declared length that turns out too large is caught when Tomcat or the multipart parser
 * gives up on it. Tomcat swallows the unread body ({@code server.tomcat.max-swallow-size: -1}), so the
 * browser receives the page instead of a reset connection.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // command-line runs have no views
class OversizedRequestFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(OversizedRequestFilter.class);

    private final long formLimit;
    private final long multipartLimit;
    private final ViewResolver views;
    private final LocaleResolver locales;
    private final MessageSource messages;

    OversizedRequestFilter(
            @Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize formLimit,
            @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize multipartLimit,
            @Qualifier("thymeleafViewResolver") ViewResolver views,
            LocaleResolver locales,
            MessageSource messages) {
        this.formLimit = formLimit.toBytes();
        this.multipartLimit = multipartLimit.toBytes();
        this.views = views;
        this.locales = locales;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limit(request.getContentType());
        if (limit >= 0 && request.getContentLengthLong() > limit) {
            refuse(request, response, limit);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            if (!tooLarge(e) || response.isCommitted()) {
                throw e;
            }
            refuse(request, response, limit);
        }
    }

    /** The limit for a body of this type, or -1 for bodies that are not forms (the API's JSON, files). */
    private long limit(String contentType) {
        if (contentType == null) {
            return -1;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
            return formLimit;
        }
        if (type.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)) {
            return multipartLimit;
        }
        return -1;
    }

    private static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidParameterException p && p.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value()) {
                return true;
            }
            if (t instanceof org.springframework.web.multipart.MaxUploadSizeExceededException) {
                return true;
            }
            String name = t.getClass().getSimpleName();
            if (name.equals("FileSizeLimitExceededException") || name.equals("SizeLimitExceededException")) {
                return true;
            }
        }
        return false;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        log.info(
                "Refused a {} request to {} of {} bytes (limit {})",
                request.getMethod(),
                request.getRequestURI(),
                request.getContentLengthLong(),
                limit);
        HttpServletRequest bodiless = new WithoutParameters(request);
        Locale locale = locales.resolveLocale(bodiless);
        String size = limit < 0 ? "" : DataSize.ofBytes(limit).toMegabytes() + " MB";
        String reason = messages.getMessage("error.tooLarge", new Object[] {size}, locale);
        response.resetBuffer();
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write("{\"status\":413,\"title\":\"" + json(messages.getMessage("error.status.413", null, locale))
                            + "\",\"detail\":\"" + json(reason) + "\"}");
            return;
        }
        bodiless.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, locales);
        try {
            View view = views.resolveViewName("error", locale);
            response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
            view.render(Map.of("status", 413, "reason", reason), bodiless, response);
        } catch (Exception e) {
            throw new IOException("could not render the error page", e);
        }
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** The request as the error page sees it: its body is never read, so it has no parameters. */
    private static final class WithoutParameters extends HttpServletRequestWrapper {

        WithoutParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
