package org.civitas.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The console login page; Spring Security processes the POST. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "admin/login";
    }

    @GetMapping("/")
    String root() {
        return "redirect:/admin";
    }
}
