package org.civitas.platform.web;

import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problem details for the framework's own errors (unreadable body, unsupported method or media
 * type, missing parameter…) raised in API controllers. Limited to REST controllers, unlike
 * {@code spring.mvc.problemdetails.enabled}, so that a browser asking for a missing page gets the HTML
 * error page rather than JSON. {@link ApiErrorAdvice} goes first for Civitas' own exceptions.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiFrameworkErrorAdvice extends ResponseEntityExceptionHandler {}
