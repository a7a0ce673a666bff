package org.civitas.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.civitas.identity.internal.SecondFactorCredentials.Check;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of signing in: the code page, and the enrolment page for a user who must have an
 * authenticator and has none yet. Part of the sign-in machinery (like the success handler), so it
 * lives beside it rather than among the console's pages: it serves people who are not signed in yet.
 */
@Controller
@RequestMapping("/login")
class SecondFactorPageController {

    private static final String TO_LOGIN = "redirect:/login";

    private final SecondFactorStep step;
    private final SecondFactorCredentials credentials;
    private final SecondFactorSettings settings;

    SecondFactorPageController(
            SecondFactorStep step, SecondFactorCredentials credentials, SecondFactorSettings settings) {
        this.step = step;
        this.credentials = credentials;
        this.settings = settings;
    }

    @GetMapping("/second-factor")
    String codePage(HttpServletRequest request, Model model) {
        Optional<PendingSignIn> pending = step.pending(request);
        if (pending.isEmpty()) {
            return TO_LOGIN;
        }
        model.addAttribute("username", pending.get().username());
        return "admin/login-second-factor";
    }

    @PostMapping("/second-factor")
    String check(
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model)
            throws IOException {
        Optional<PendingSignIn> pending = step.pending(request);
        if (pending.isEmpty()) {
            return TO_LOGIN;
        }
        String typed = code.length() > 64 ? "" : code;
        Check check = step.actingAs(
                pending.get(), () -> credentials.check(pending.get().userId(), typed));
        if (check == Check.PASSED) {
            step.proceed(request, response, step.signIn(request, response, pending.get()));
            return null;
        }
        if (check == Check.REFUSED || !step.rejected(pending.get())) {
            return refused(request);
        }
        model.addAttribute("username", pending.get().username());
        model.addAttribute("codeError", "secondFactor.code.wrong");
        return "admin/login-second-factor";
    }

    @GetMapping("/enrol")
    String enrolPage(HttpServletRequest request, Model model) {
        Optional<PendingSignIn> pending = step.pending(request);
        if (pending.isEmpty()) {
            return TO_LOGIN;
        }
        var session = request.getSession();
        // the same secret on every reload until confirmed: the app may already have scanned it
        String sealed = session.getAttribute(PendingSignIn.OFFERED_SECRET) instanceof String offered
                ? offered
                : credentials.offerSecret();
        session.setAttribute(PendingSignIn.OFFERED_SECRET, sealed);
        return enrolment(pending.get(), sealed, model);
    }

    @PostMapping("/enrol")
    String enrol(
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Optional<PendingSignIn> pending = step.pending(request);
        if (pending.isEmpty()
                || !(request.getSession().getAttribute(PendingSignIn.OFFERED_SECRET) instanceof String sealed)) {
            return TO_LOGIN;
        }
        String typed = code.length() > 64 ? "" : code;
        var enrolment = step.actingAs(
                pending.get(), () -> credentials.enrol(pending.get().userId(), sealed, typed));
        switch (enrolment.check()) {
            case PASSED -> {
                step.signIn(request, response, pending.get());
                model.addAttribute("recoveryCodes", enrolment.recoveryCodes());
                return "admin/login-recovery-codes";
            }
            case REFUSED -> {
                return refused(request);
            }
            default -> {
                model.addAttribute("codeError", "secondFactor.code.wrong");
                return enrolment(pending.get(), sealed, model);
            }
        }
    }

    private String enrolment(PendingSignIn pending, String sealed, Model model) {
        var provisioning = credentials.provisioning(pending.username(), sealed);
        model.addAttribute("username", pending.username());
        model.addAttribute("issuer", settings.issuer());
        model.addAttribute("qrCode", provisioning.qrCode());
        model.addAttribute("secret", provisioning.secret());
        return "admin/login-enrol";
    }

    /** A locked, disabled or removed account: the sign-in ends with the login page's message for it. */
    private String refused(HttpServletRequest request) {
        step.end(request);
        request.getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new LockedException("locked"));
        return "redirect:/login?error";
    }
}
