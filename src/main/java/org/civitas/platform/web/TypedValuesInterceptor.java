package org.civitas.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Form records are built through their constructor. When a typed value cannot be converted (a cleared
 * number field), there is no record, and a re-rendered form would show every other field empty. Before
 * such a form is rendered, this puts the request's raw values behind its binding result (keeping the
 * errors), so that nothing the user typed is lost.
 */
@Component
class TypedValuesInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
        if (view == null || (view.getViewName() != null && view.getViewName().startsWith("redirect:"))) {
            return;
        }
        Map<String, Object> model = view.getModel();
        for (var entry : List.copyOf(model.entrySet())) {
            if (entry.getKey().startsWith(BindingResult.MODEL_KEY_PREFIX)
                    && entry.getValue() instanceof BindingResult result
                    && result.getTarget() == null) {
                var typed = new MapBindingResult(typedValues(request), result.getObjectName());
                typed.addAllErrors(result);
                model.put(entry.getKey(), typed);
            }
        }
    }

    private static Map<String, Object> typedValues(HttpServletRequest request) {
        Map<String, Object> values = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, v) -> values.put(name, v.length == 1 ? v[0] : v));
        return values;
    }
}
