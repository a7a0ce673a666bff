package org.civitas.reporting.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.civitas.identity.SecurityLabels;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The security labels' names in the reader's language, so that the desk's pages show 内部 rather than INTERNAL. */
// the pages of submissions: the units' own and the office's work on them
@ControllerAdvice(basePackages = {"org.civitas.reporting.web.submission", "org.civitas.reporting.web.adoption"})
class LabelNamesAdvice {

    private final SecurityLabels labels;

    LabelNamesAdvice(SecurityLabels labels) {
        this.labels = labels;
    }

    @ModelAttribute("labelNames")
    Map<String, String> labelNames() {
        Map<String, String> names = new LinkedHashMap<>();
        labels.all().forEach(l -> names.put(l.code(), l.name(LocaleContextHolder.getLocale())));
        return names;
    }
}
