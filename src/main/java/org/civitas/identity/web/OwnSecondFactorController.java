package org.civitas.identity.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.civitas.identity.OwnSecondFactor;
import org.civitas.identity.web.ConsoleForms.SecondFactorCodeForm;
import org.civitas.identity.web.ConsoleForms.SecondFactorProofForm;
import org.civitas.platform.Forms;
import org.springframework.security.authentication.LockedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Replacing one's own authenticator (a new phone) from the account page: the current password and a code
 * of the old authenticator (or a recovery code) first, then the new one's QR code and a code from it, then
 * the new recovery codes. The offer waits in the session between the steps.
 */
@Controller
@RequestMapping("/admin/profile/second-factor")
class OwnSecondFactorController {

    static final String OFFER = OwnSecondFactorController.class.getName() + ".offer";
    private static final String PROFILE = "redirect:/admin/profile";

    private final OwnSecondFactor factor;

    OwnSecondFactorController(OwnSecondFactor factor) {
        this.factor = factor;
    }

    @GetMapping
    String proofPage(Model model, HttpSession session) {
        if (!factor.replaceable()) {
            return PROFILE;
        }
        session.removeAttribute(OFFER);
        model.addAttribute("proofForm", new SecondFactorProofForm("", ""));
        return "admin/profile/second-factor";
    }

    @PostMapping
    String prove(
            @Valid @ModelAttribute("proofForm") SecondFactorProofForm proofForm,
            BindingResult result,
            Model model,
            HttpServletRequest request)
            throws ServletException {
        if (!factor.replaceable()) {
            return PROFILE;
        }
        try {
            var offer = Forms.get(result, () -> factor.confirm(proofForm.currentPassword(), proofForm.code()));
            if (offer.isEmpty()) {
                // neither the password nor the one-time code is shown again
                return "admin/profile/second-factor";
            }
            request.getSession().setAttribute(OFFER, offer.get().sealed());
            return enrolment(offer.get(), new SecondFactorCodeForm(""), model);
        } catch (LockedException e) {
            // the guesses locked the account: the session ends with it
            request.logout();
            return "redirect:/login?locked";
        }
    }

    @GetMapping("/new")
    String newAuthenticator(Model model, HttpSession session) {
        if (!(session.getAttribute(OFFER) instanceof String sealed)) {
            return "redirect:/admin/profile/second-factor";
        }
        var offer = Forms.get(
                new org.springframework.validation.MapBindingResult(new java.util.HashMap<>(), "offer"),
                () -> factor.reopen(sealed));
        if (offer.isEmpty()) {
            session.removeAttribute(OFFER);
            return "redirect:/admin/profile/second-factor";
        }
        return enrolment(offer.get(), new SecondFactorCodeForm(""), model);
    }

    @PostMapping("/new")
    String confirmNew(
            @Valid @ModelAttribute("codeForm") SecondFactorCodeForm codeForm,
            BindingResult result,
            Model model,
            HttpServletRequest request)
            throws ServletException {
        HttpSession session = request.getSession();
        if (!(session.getAttribute(OFFER) instanceof String sealed)) {
            return "redirect:/admin/profile/second-factor";
        }
        try {
            var codes = Forms.get(result, () -> factor.replace(sealed, codeForm.code()));
            if (codes.isEmpty()) {
                var offer = Forms.get(
                        new org.springframework.validation.MapBindingResult(new java.util.HashMap<>(), "offer"),
                        () -> factor.reopen(sealed));
                if (offer.isEmpty()) {
                    session.removeAttribute(OFFER);
                    return "redirect:/admin/profile/second-factor";
                }
                return enrolment(offer.get(), codeForm, model);
            }
            session.removeAttribute(OFFER);
            model.addAttribute("recoveryCodes", codes.get());
            return "admin/profile/second-factor-done";
        } catch (LockedException e) {
            request.logout();
            return "redirect:/login?locked";
        }
    }

    private static String enrolment(OwnSecondFactor.Offer offer, SecondFactorCodeForm form, Model model) {
        if (!model.containsAttribute("codeForm")) {
            model.addAttribute("codeForm", form);
        }
        model.addAttribute("offer", offer);
        return "admin/profile/second-factor-new";
    }
}
