package org.civitas.content.web;

import org.civitas.content.ChannelReviewSettings;
import org.civitas.content.IndexNumberRules;
import org.civitas.content.ShareService;
import org.civitas.platform.Forms;
import org.civitas.site.SiteService;
import org.civitas.workflow.ReviewChainService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A site administrator's article settings: the review chain of each channel (choosing one needs
 * {@code reviewchain:read} too), whether it takes pushes from other sites, the index-number rule and the
 * category of each disclosure channel.
 */
@Controller
@RequestMapping("/admin/sites/{siteId}/article-settings")
class ArticleSettingsController {

    private final SiteService sites;
    private final ChannelReviewSettings reviews;
    private final IndexNumberRules rules;
    private final ReviewChainService chains;
    private final ChannelOptions channels;
    private final ArticleSettingsAccess settingsAccess;
    private final MessageSource messages;
    private final ShareService shares;

    ArticleSettingsController(
            SiteService sites,
            ChannelReviewSettings reviews,
            IndexNumberRules rules,
            ReviewChainService chains,
            ChannelOptions channels,
            ArticleSettingsAccess settingsAccess,
            MessageSource messages,
            ShareService shares) {
        this.shares = shares;
        this.sites = sites;
        this.reviews = reviews;
        this.rules = rules;
        this.chains = chains;
        this.channels = channels;
        this.settingsAccess = settingsAccess;
        this.messages = messages;
    }

    @GetMapping
    String show(@PathVariable long siteId, Model model) {
        var rule = rules.rule(siteId);
        model.addAttribute("ruleForm", new RuleForm(rule.configured() ? rule.authorityCode() : "", rule.pattern()));
        return page(siteId, model);
    }

    @PostMapping("/channels/{channelId}")
    String setChannel(
            @PathVariable long siteId,
            @PathVariable long channelId,
            @RequestParam(required = false) String chainCode,
            @RequestParam(required = false) String category,
            @RequestParam(defaultValue = "false") boolean acceptsShares,
            RedirectAttributes redirect) {
        requireManager(siteId);
        var refusal = Forms.refusal(messages, () -> {
            reviews.setChain(siteId, channelId, chainCode);
            if (category != null) {
                rules.setCategory(siteId, channelId, category);
            }
            shares.setAccepting(siteId, channelId, acceptsShares);
        });
        refusal.ifPresentOrElse(
                reason -> redirect.addFlashAttribute("flashError", reason),
                () -> redirect.addFlashAttribute("flash", "common.saved"));
        return "redirect:/admin/sites/" + siteId + "/article-settings";
    }

    @PostMapping("/index-rule")
    String setRule(
            @PathVariable long siteId,
            @ModelAttribute RuleForm ruleForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        requireManager(siteId);
        if (!Forms.run(result, () -> rules.setRule(siteId, ruleForm.authorityCode(), ruleForm.pattern()))) {
            return page(siteId, model);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/admin/sites/" + siteId + "/article-settings";
    }

    private String page(long siteId, Model model) {
        requireManager(siteId);
        model.addAttribute("site", sites.get(siteId));
        model.addAttribute("manageable", sites.manageable());
        model.addAttribute("channels", channels.of(siteId));
        model.addAttribute("chainOf", reviews.chains(siteId));
        model.addAttribute("chains", chains.list());
        var categories = new java.util.HashMap<Long, String>();
        channels.of(siteId).stream()
                .filter(ChannelOptions.Option::disclosure)
                .forEach(c -> rules.category(c.id()).ifPresent(v -> categories.put(c.id(), v)));
        model.addAttribute("categoryOf", categories);
        model.addAttribute("accepting", shares.acceptingChannels(siteId));
        model.addAttribute("rule", rules.rule(siteId));
        return "admin/articles/settings";
    }

    private void requireManager(long siteId) {
        settingsAccess.require(siteId);
    }

    public record RuleForm(String authorityCode, String pattern) {}
}
