package org.civitas.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The console login page; Spring Security processes the POST. ({@code /} belongs to the public sites.)
 *
 * <p>A wrong password, an unknown username, a locked and a disabled account all get the same message:
 * a different one for a locked account would tell anyone trying names which accounts exist.
 */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("loginError", "login.failed");
        return "admin/login";
    }
}
