package org.civitas.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.civitas.identity.AccessControl;
import org.civitas.identity.RoleService;
import org.civitas.identity.TokenService;
import org.civitas.identity.web.ConsoleForms.ClearanceForm;
import org.civitas.identity.web.ConsoleForms.GrantForm;
import org.civitas.identity.web.ConsoleForms.TokenForm;
import org.civitas.platform.Forms;
import org.civitas.platform.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The security administrator's half of a user's page: grants, clearance and API tokens (issued for
 * service accounts only). Whether an action is allowed on this account is the services' decision.
 */
@Controller
@RequestMapping("/admin/users/{id}")
class UserAccessController {

    private final RoleService roles;
    private final TokenService tokens;
    private final AccessControl access;
    private final UserDetailPage page;

    UserAccessController(RoleService roles, TokenService tokens, AccessControl access, UserDetailPage page) {
        this.roles = roles;
        this.tokens = tokens;
        this.access = access;
        this.page = page;
    }

    @PostMapping("/grants")
    String grant(
            @PathVariable long id,
            @Valid @ModelAttribute("grantForm") GrantForm grantForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        boolean granted = Forms.run(
                result, () -> roles.grant(id, grantForm.roleId(), grantForm.scope(), grantForm.organisationId()));
        if (!granted) {
            return again(id, model);
        }
        redirect.addFlashAttribute("flash", "grant.added");
        return back(id);
    }

    @PostMapping("/grants/{grantId}/revoke")
    String revoke(@PathVariable long id, @PathVariable long grantId, RedirectAttributes redirect) {
        roles.revoke(id, grantId);
        redirect.addFlashAttribute("flash", "grant.revoked");
        return back(id);
    }

    @PostMapping("/clearance")
    String clearance(
            @PathVariable long id,
            @Valid @ModelAttribute("clearanceForm") ClearanceForm clearanceForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!Forms.run(result, () -> roles.setClearance(id, clearanceForm.clearance()))) {
            return again(id, model);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return back(id);
    }

    @PostMapping("/tokens")
    String issueToken(
            @PathVariable long id,
            @Valid @ModelAttribute("tokenForm") TokenForm tokenForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var issued = Forms.get(result, () -> tokens.issue(id, tokenForm.name(), tokenForm.days(), tokenForm.scope()));
        if (issued.isEmpty()) {
            return again(id, model);
        }
        redirect.addFlashAttribute("issuedSecret", issued.get().secret());
        redirect.addFlashAttribute("flash", "token.issued");
        return back(id);
    }

    @PostMapping("/tokens/{tokenId}/revoke")
    String revokeToken(@PathVariable long id, @PathVariable long tokenId, RedirectAttributes redirect) {
        if (tokens.ofUser(id).stream().noneMatch(t -> t.id() == tokenId)) {
            throw new NotFoundException("ApiToken", tokenId);
        }
        tokens.revoke(tokenId);
        redirect.addFlashAttribute("flash", "token.revoked");
        return back(id);
    }

    /**
     * A refused form comes back on the user's page. When the refusal concerned an account the actor may not
     * even read (the duty table refuses before looking it up), rendering that page would answer 404 and hide
     * the audited refusal: the 403 stands.
     */
    private String again(long id, Model model) {
        try {
            return page.render(id, model);
        } catch (NotFoundException e) {
            if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                    && request.getResponse() != null
                    && request.getResponse().getStatus() == HttpServletResponse.SC_FORBIDDEN) {
                throw new AccessDeniedException("refused for an account outside the reader's reach");
            }
            throw e;
        }
    }

    private static String back(long id) {
        return "redirect:/admin/users/" + id;
    }
}
