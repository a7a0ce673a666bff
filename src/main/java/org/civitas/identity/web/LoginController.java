package org.civitas.identity.web;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The console login page; Spring Security processes the POST. ({@code /} belongs to the public sites.) */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        model.addAttribute(
                "loginError",
                failure instanceof LockedException
                        ? "login.locked"
                        : failure instanceof DisabledException ? "login.disabled" : "login.failed");
        return "admin/login";
    }
}
