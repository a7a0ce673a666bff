package org.civitas.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.civitas.platform.DomainException;
import org.civitas.platform.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * JSON API errors as RFC 9457 problem details, with the reason in the caller's language and no stack trace.
 * Ordered first: a {@code @RestController} also matches the console's {@link ConsoleErrorAdvice}.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE) // before ApiFrameworkErrorAdvice and ConsoleErrorAdvice
class ApiErrorAdvice {

    private final MessageSource messages;

    ApiErrorAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        var detail = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND, NotFoundReason.text(messages, e, LocaleContextHolder.getLocale()));
        detail.setProperty("code", e.messageKey());
        return detail;
    }

    @ExceptionHandler(DomainException.class)
    ProblemDetail refused(DomainException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, e);
    }

    @ExceptionHandler(PagingParameters.InvalidPaging.class)
    ProblemDetail badPaging(PagingParameters.InvalidPaging e) {
        var detail = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                messages.getMessage(
                        PagingParameters.InvalidPaging.MESSAGE_KEY, e.arguments(), LocaleContextHolder.getLocale()));
        detail.setProperty("code", PagingParameters.InvalidPaging.MESSAGE_KEY);
        detail.setProperty("parameter", e.parameter());
        return detail;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        var detail = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, messages.getMessage("error.invalid", null, LocaleContextHolder.getLocale()));
        Map<String, String> fields = new LinkedHashMap<>();
        e.getBindingResult()
                .getFieldErrors()
                .forEach(
                        f -> fields.putIfAbsent(f.getField(), messages.getMessage(f, LocaleContextHolder.getLocale())));
        detail.setProperty("fields", fields);
        return detail;
    }

    private ProblemDetail problem(HttpStatus status, DomainException e) {
        var detail = ProblemDetail.forStatusAndDetail(
                status,
                messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), LocaleContextHolder.getLocale()));
        detail.setProperty("code", e.messageKey());
        if (e.field() != null) {
            detail.setProperty("field", e.field());
        }
        return detail;
    }
}
