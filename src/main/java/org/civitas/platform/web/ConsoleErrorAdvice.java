package org.civitas.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import org.civitas.platform.DomainException;
import org.civitas.platform.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Console pages: an object that does not exist (or may not be known) shows the 404 error page; a
 * business-rule refusal that no form caught goes back to the page the user came from, as an error
 * message, with what was typed ({@link TypedForm}). Ordered after {@link ApiErrorAdvice}, which answers the same exceptions for the JSON API
 * (a {@code @RestController} is also a {@code @Controller}).
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class ConsoleErrorAdvice {

    private final MessageSource messages;

    ConsoleErrorAdvice(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * The 404 page says what was not found and that it may be outside the reader's scope (a county administrator
     * opening another county's account learns why, not only "page not found"); an object type without a name in
     * the bundles ({@code error.object.<type>}) is described generically, never by its class name.
     */
    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e) {
        String reason = NotFoundReason.text(messages, e, LocaleContextHolder.getLocale());
        return new ModelAndView("error", Map.of("status", 404, "reason", reason), HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(PagingParameters.InvalidPaging.class)
    ModelAndView badPaging(PagingParameters.InvalidPaging e) {
        String reason = messages.getMessage(
                PagingParameters.InvalidPaging.MESSAGE_KEY, e.arguments(), LocaleContextHolder.getLocale());
        return new ModelAndView("error", Map.of("status", 400, "reason", reason), HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler(DomainException.class)
    ModelAndView refused(DomainException e, HttpServletRequest request) {
        String message =
                messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), LocaleContextHolder.getLocale());
        RequestContextUtils.getOutputFlashMap(request).put("flashError", message);
        TypedForm.keep(request);
        return new ModelAndView("redirect:" + backTo(request));
    }

    /** The console page the request came from (path and query only, so never another site), else the home page. */
    static String backTo(HttpServletRequest request) {
        String referer = request.getHeader(HttpHeaders.REFERER);
        if (referer != null) {
            try {
                URI uri = URI.create(referer);
                String path = uri.getRawPath();
                boolean sameHost = uri.getHost() == null || uri.getHost().equalsIgnoreCase(request.getServerName());
                String context = request.getContextPath();
                if (sameHost && path != null && path.startsWith(context + "/admin") && !path.startsWith("//")) {
                    String local = path.substring(context.length());
                    return uri.getRawQuery() == null ? local : local + "?" + uri.getRawQuery();
                }
            } catch (IllegalArgumentException ignored) {
                // a malformed Referer: fall back to the home page
            }
        }
        return "/admin";
    }
}
