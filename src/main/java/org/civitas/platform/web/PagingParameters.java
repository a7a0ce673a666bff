package org.civitas.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * One rule for the paging parameters of every console page and API list: {@code page} is a whole number
 * from 0 to {@value #MAX_PAGE} and {@code size} one from 1 to {@value #MAX_SIZE}; anything else (a negative
 * page, {@code page=2147483647} whose offset overflows, {@code size=100000}, {@code size=0}, a word) is
 * answered 400 with a message that names the parameter, before any controller turns it into a query. The
 * console shows it on its error page, the API as problem details ({@link ConsoleErrorAdvice},
 * {@link ApiErrorAdvice}). Public pages are left out: they read these leniently for visitors.
 */
@Component
class PagingParameters implements HandlerInterceptor, WebMvcConfigurer {

    /** Deepest page: with the largest size the offset stays far inside an {@code int}. */
    static final int MAX_PAGE = 1_000_000;

    /** Largest page size, the largest any list offers. */
    static final int MAX_SIZE = 100;

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/admin/**", "/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        check(request, "page", 0, MAX_PAGE);
        check(request, "size", 1, MAX_SIZE);
        return true;
    }

    private static void check(HttpServletRequest request, String name, int min, int max) {
        String[] values = request.getParameterValues(name);
        if (values == null) {
            return;
        }
        for (String value : values) {
            if (!inRange(value.strip(), min, max)) {
                throw new InvalidPaging(name, min, max);
            }
        }
    }

    private static boolean inRange(String value, int min, int max) {
        if (value.isEmpty()) {
            return true; // an empty value means the default, as a missing one does
        }
        if (value.length() > 9 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int n = Integer.parseInt(value);
        return n >= min && n <= max;
    }

    /** A paging parameter out of its range; the message key names it and its range. */
    static final class InvalidPaging extends RuntimeException {

        static final String MESSAGE_KEY = "error.paging";

        private final String parameter;
        private final int min;
        private final int max;

        InvalidPaging(String parameter, int min, int max) {
            super("paging parameter " + parameter + " outside " + min + ".." + max);
            this.parameter = parameter;
            this.min = min;
            this.max = max;
        }

        String parameter() {
            return parameter;
        }

        Object[] arguments() {
            return new Object[] {parameter, min, max};
        }
    }
}
