package org.civitas.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A console form whose refusal goes back as a redirect with {@code flashError} (rather than re-rendering
 * the form) keeps what was typed in a {@link TypedForm}, whichever module's controller refused it.
 */
@Component
class RefusedFormInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/admin/**");
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
        if (view != null
                && view.getViewName() != null
                && view.getViewName().startsWith("redirect:")
                && RequestContextUtils.getOutputFlashMap(request).containsKey("flashError")) {
            TypedForm.keep(request);
        }
    }
}
