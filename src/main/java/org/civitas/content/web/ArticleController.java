package org.civitas.content.web;

import java.util.List;
import java.util.Map;
import org.civitas.content.ArticleService;
import org.civitas.content.ArticleState;
import org.civitas.content.ArticleView;
import org.civitas.content.ContentPermissions;
import org.civitas.content.ShareService;
import org.civitas.identity.AccessControl;
import org.civitas.platform.Forms;
import org.civitas.platform.NotFoundException;
import org.civitas.platform.PageLink;
import org.civitas.site.SiteService;
import org.civitas.site.SiteView;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
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

/** The editors' console: articles of their sites, the editor page, submit, withdraw, delete. */
@Controller
@RequestMapping("/admin/articles")
class ArticleController {

    private static final int PAGE_SIZE = 20;

    /** Shares of one article on its page. */
    private static final int SHARE_PAGE_SIZE = 10;

    private final ArticleService articles;
    private final ChannelOptions channels;
    private final AccessControl access;
    private final MessageSource messages;
    private final SiteService sites;
    private final ShareService shares;
    private final ArticleSettingsAccess settingsAccess;

    ArticleController(
            ArticleService articles,
            ChannelOptions channels,
            AccessControl access,
            MessageSource messages,
            SiteService sites,
            ShareService shares,
            ArticleSettingsAccess settingsAccess) {
        this.settingsAccess = settingsAccess;
        this.sites = sites;
        this.shares = shares;
        this.articles = articles;
        this.channels = channels;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) Long site,
            @RequestParam(required = false) Long channel,
            @RequestParam(required = false) ArticleState state,
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(defaultValue = "false") boolean returned,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        requireEditor();
        model.addAttribute("mine", mine);
        model.addAttribute("returned", returned);
        List<SiteView> sites = articles.writableSites();
        model.addAttribute("sites", sites);
        model.addAttribute("states", ArticleState.values());
        model.addAttribute("state", state);
        if (sites.isEmpty()) {
            return "admin/articles/list";
        }
        SiteView current = site == null
                ? sites.getFirst()
                : sites.stream()
                        .filter(s -> s.id() == site)
                        .findFirst()
                        .orElseThrow(() -> new NotFoundException("Site", site));
        var options = channels.of(current.id());
        Long channelId = channel != null && options.stream().anyMatch(o -> o.id() == channel) ? channel : null;
        model.addAttribute("site", current);
        model.addAttribute("channels", options);
        model.addAttribute("channelNames", names(options));
        model.addAttribute("channel", channelId);
        model.addAttribute(
                "articles",
                articles.list(
                        current.id(), channelId, state, mine, returned, PageRequest.of(Math.max(0, page), PAGE_SIZE)));
        model.addAttribute(
                "pageBase",
                PageLink.to("/admin/articles")
                        .with("site", current.id())
                        .with("channel", channelId)
                        .with("state", state)
                        .with("mine", mine ? "true" : null)
                        .with("returned", returned ? "true" : null)
                        .pageBase());
        return "admin/articles/list";
    }

    /** The article settings of the first site the user manages (the page links the others). */
    @GetMapping("/settings")
    String settings() {
        if (!settingsAccess.admitsAnySite()) {
            throw new AccessDeniedException("manages no site whose review chains they may read");
        }
        return "redirect:/admin/sites/" + sites.manageable().getFirst().id() + "/article-settings";
    }

    @GetMapping("/new")
    String newArticle(@RequestParam long site, @RequestParam long channel, Model model) {
        requireEditor();
        if (!articles.canWrite(site)) {
            throw new AccessDeniedException("not an editor of site " + site);
        }
        model.addAttribute("articleForm", ArticleForm.empty());
        return editor(model, site, channel, null);
    }

    @PostMapping
    String create(
            @RequestParam long site,
            @RequestParam long channel,
            @ModelAttribute ArticleForm articleForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        requireEditor();
        channels.find(site, channel).orElseThrow(() -> new NotFoundException("Channel", channel));
        articleForm.requireFilled(result);
        var created = Forms.get(result, () -> articles.create(site, channel, articleForm.draft()));
        if (created.isEmpty()) {
            return editor(model, site, channel, null);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/admin/articles/" + created.get().id();
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestParam(defaultValue = "0") int sharePage, Model model) {
        requireEditor();
        ArticleView article = articles.get(id);
        model.addAttribute("articleForm", ArticleForm.of(article));
        model.addAttribute("sharePage", Math.max(0, sharePage));
        return editor(model, article.siteId(), article.channelId(), article);
    }

    @PostMapping("/{id}")
    String save(
            @PathVariable long id,
            @ModelAttribute ArticleForm articleForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        requireEditor();
        ArticleView article = articles.get(id);
        articleForm.requireFilled(result);
        if (Forms.get(
                        result,
                        () -> articles.save(
                                id, articleForm.draft(), articleForm.version() == null ? -1 : articleForm.version()))
                .isEmpty()) {
            return editor(model, article.siteId(), article.channelId(), article);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return "redirect:/admin/articles/" + id;
    }

    @PostMapping("/{id}/submit")
    String submit(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> articles.submit(id), "content.flash.submitted");
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> articles.withdraw(id), "content.flash.withdrawn");
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        requireEditor();
        ArticleView article = articles.get(id);
        var refusal = Forms.refusal(messages, () -> articles.deleteDraft(id));
        if (refusal.isPresent()) {
            redirect.addFlashAttribute("flashError", refusal.get());
            return "redirect:/admin/articles/" + id;
        }
        redirect.addFlashAttribute("flash", "common.deleted");
        return "redirect:/admin/articles?site=" + article.siteId() + "&channel=" + article.channelId();
    }

    /** The article as it reads, for checking and printing (打印): title, details, body and attachments. */
    @GetMapping("/{id}/preview")
    String preview(@PathVariable long id, Model model) {
        requireEditor();
        ArticleView article = articles.get(id);
        SiteView site = articles.writableSites().stream()
                .filter(s -> s.id() == article.siteId())
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException("not an editor of site " + article.siteId()));
        model.addAttribute("article", article);
        model.addAttribute("site", site);
        model.addAttribute(
                "channel", channels.find(site.id(), article.channelId()).orElse(null));
        return "admin/articles/preview";
    }

    @GetMapping("/{id}/diff")
    String diff(@PathVariable long id, @RequestParam int from, @RequestParam int to, Model model) {
        requireEditor();
        ArticleView article = articles.get(id);
        model.addAttribute("article", article);
        model.addAttribute("diff", articles.diff(id, from, to));
        return "admin/articles/diff";
    }

    private String act(long id, RedirectAttributes redirect, Runnable action, String done) {
        requireEditor();
        Forms.refusal(messages, action)
                .ifPresentOrElse(
                        reason -> redirect.addFlashAttribute("flashError", reason),
                        () -> redirect.addFlashAttribute("flash", done));
        return "redirect:/admin/articles/" + id;
    }

    private String editor(Model model, long siteId, long channelId, ArticleView article) {
        SiteView site = articles.writableSites().stream()
                .filter(s -> s.id() == siteId)
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException("not an editor of site " + siteId));
        var channel = channels.find(siteId, channelId).orElseThrow(() -> new NotFoundException("Channel", channelId));
        model.addAttribute("site", site);
        model.addAttribute("channel", channel);
        model.addAttribute("article", article);
        model.addAttribute("validities", List.of("有效", "失效", "废止"));
        if (article != null) {
            model.addAttribute("revisions", articles.revisions(article.id()));
            model.addAttribute("histories", articles.reviews(article.id()));
            model.addAttribute("groupLabels", Map.of());
            Map<Long, String> attachmentNames = new java.util.HashMap<>();
            article.attachments().forEach(a -> attachmentNames.put(a.blobId(), a.fileName()));
            model.addAttribute("attachmentNames", attachmentNames);
            int sharePage = model.getAttribute("sharePage") instanceof Integer p ? p : 0;
            model.addAttribute("shares", shares.of(article.id(), PageRequest.of(sharePage, SHARE_PAGE_SIZE)));
            model.addAttribute("sharePageBase", "/admin/articles/" + article.id() + "?sharePage=");
            boolean canShare = shares.canShareFrom(siteId);
            model.addAttribute("canShare", canShare);
            model.addAttribute(
                    "shareTargets",
                    canShare && (article.live() || article.state() == ArticleState.APPROVED)
                            ? shares.pushTargets(article.id())
                            : List.of());
        }
        return "admin/articles/edit";
    }

    private static Map<Long, String> names(List<ChannelOptions.Option> options) {
        Map<Long, String> names = new java.util.HashMap<>();
        options.forEach(o -> names.put(o.id(), o.name()));
        return names;
    }

    private void requireEditor() {
        access.requireAny(ContentPermissions.WRITE);
    }
}
