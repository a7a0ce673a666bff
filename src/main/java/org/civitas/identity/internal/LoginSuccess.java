package org.civitas.identity.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.civitas.identity.CivitasUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** After a console login: the policy's idle timeout applies to the session; a required password change comes first. */
class LoginSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

    private final Passwords passwords;

    LoginSuccess(Passwords passwords) {
        this.passwords = passwords;
        setDefaultTargetUrl("/admin");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws ServletException, IOException {
        request.getSession().setMaxInactiveInterval(passwords.policy().idleTimeoutMinutes() * 60);
        if (auth.getPrincipal() instanceof CivitasUser user && user.mustChangePassword()) {
            getRedirectStrategy().sendRedirect(request, response, SessionUserFilter.PASSWORD_PAGE);
            return;
        }
        super.onAuthenticationSuccess(request, response, auth);
    }
}
