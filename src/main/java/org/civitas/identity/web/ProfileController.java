package org.civitas.identity.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Set;
import org.civitas.identity.AccessControl;
import org.civitas.identity.CivitasUser;
import org.civitas.identity.OwnSecondFactor;
import org.civitas.identity.PasswordPolicyService;
import org.civitas.identity.RoleService;
import org.civitas.identity.SecurityLabels;
import org.civitas.identity.TokenService;
import org.civitas.identity.UserService;
import org.civitas.identity.web.ConsoleForms.PasswordForm;
import org.civitas.identity.web.ConsoleForms.TokenForm;
import org.civitas.platform.Forms;
import org.civitas.platform.NotFoundException;
import org.springframework.security.authentication.LockedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own account: what they hold, their API tokens and their password. */
@Controller
@RequestMapping("/admin/profile")
class ProfileController {

    private static final String PROFILE = "redirect:/admin/profile";

    private final AccessControl access;
    private final UserService users;
    private final TokenService tokens;
    private final RoleService roles;
    private final SecurityLabels labels;
    private final PasswordPolicyService policies;
    private final OwnSecondFactor ownSecondFactor;

    ProfileController(
            AccessControl access,
            UserService users,
            TokenService tokens,
            RoleService roles,
            SecurityLabels labels,
            PasswordPolicyService policies,
            OwnSecondFactor ownSecondFactor) {
        this.access = access;
        this.users = users;
        this.tokens = tokens;
        this.roles = roles;
        this.labels = labels;
        this.policies = policies;
        this.ownSecondFactor = ownSecondFactor;
    }

    @GetMapping
    String profile(Model model) {
        return page(model);
    }

    @PostMapping("/tokens")
    String issueToken(
            @Valid @ModelAttribute("tokenForm") TokenForm tokenForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var issued =
                Forms.get(result, () -> tokens.issueForSelf(tokenForm.name(), tokenForm.days(), tokenForm.scope()));
        if (issued.isEmpty()) {
            return page(model);
        }
        redirect.addFlashAttribute("issuedSecret", issued.get().secret());
        redirect.addFlashAttribute("flash", "token.issued");
        return PROFILE;
    }

    @PostMapping("/tokens/{tokenId}/revoke")
    String revokeToken(@PathVariable long tokenId, RedirectAttributes redirect) {
        if (tokens.mine().stream().noneMatch(t -> t.id() == tokenId)) {
            throw new NotFoundException("ApiToken", tokenId);
        }
        tokens.revoke(tokenId);
        redirect.addFlashAttribute("flash", "token.revoked");
        return PROFILE;
    }

    @GetMapping("/password")
    String passwordForm(Model model) {
        model.addAttribute("passwordForm", new PasswordForm("", "", ""));
        return passwordPage(model);
    }

    @PostMapping("/password")
    String changePassword(
            @Valid @ModelAttribute("passwordForm") PasswordForm passwordForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest request)
            throws ServletException {
        if (!result.hasFieldErrors("newPassword")
                && !result.hasFieldErrors("confirmPassword")
                && !passwordForm.newPassword().equals(passwordForm.confirmPassword())) {
            result.rejectValue("confirmPassword", "password.mismatch");
        }
        try {
            if (!Forms.run(
                    result,
                    () -> users.changeOwnPassword(passwordForm.currentPassword(), passwordForm.newPassword()))) {
                return passwordPage(model);
            }
        } catch (LockedException e) {
            // guessing the current password locked the account: the session ends with it
            request.logout();
            return "redirect:/login?locked";
        }
        redirect.addFlashAttribute("flash", "password.changed");
        return "redirect:/admin";
    }

    private String page(Model model) {
        CivitasUser me = access.requireUser();
        model.addAttribute("clearance", labels.find(me.clearance()).orElse(null));
        model.addAttribute("myGrants", roles.myGrants());
        model.addAttribute("permissions", me.permissions().stream().sorted().toList());
        model.addAttribute("tokens", tokens.mine());
        model.addAttribute("secondFactorReplaceable", ownSecondFactor.replaceable());
        // administrators hold no tokens: the form appears only for those who may issue one
        if (users.operationsOn(me.id()).contains("ISSUE_TOKEN")) {
            Set<String> grantable = tokens.grantableScope(me.id());
            model.addAttribute("tokenScopes", grantable);
            if (!model.containsAttribute("tokenForm")) {
                model.addAttribute("tokenForm", TokenForm.empty(grantable));
            }
        } else {
            model.asMap().remove("tokenForm");
        }
        return "admin/profile/show";
    }

    private String passwordPage(Model model) {
        model.addAttribute("policy", policies.current());
        return "admin/profile/password";
    }
}
