package org.civitas.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's landing page. */
@Controller
class HomeController {

    @GetMapping({"/admin", "/admin/", "/admin/home"})
    String home() {
        return "admin/home/index";
    }
}
