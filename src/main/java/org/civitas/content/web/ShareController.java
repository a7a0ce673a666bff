package org.civitas.content.web;

import java.util.List;
import org.civitas.content.ArticleService;
import org.civitas.content.ContentPermissions;
import org.civitas.content.ShareService;
import org.civitas.identity.AccessControl;
import org.civitas.platform.Forms;
import org.civitas.platform.NotFoundException;
import org.civitas.platform.PageLink;
import org.civitas.site.SiteView;
import org.civitas.site.trusted.SiteDirectory;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sharing in the console: push from the article page, the shares page of a site (what was pushed to it,
 * to accept, decline or remove; what it pushed, to call back), and the pull page.
 */
@Controller
@RequestMapping("/admin/articles")
class ShareController {

    private static final int PAGE_SIZE = 20;

    private final ShareService shares;
    private final ArticleService articles;
    private final ChannelOptions channels;
    private final AccessControl access;
    private final MessageSource messages;
    private final SiteDirectory directory;

    ShareController(
            ShareService shares,
            ArticleService articles,
            ChannelOptions channels,
            AccessControl access,
            MessageSource messages,
            SiteDirectory directory) {
        this.directory = directory;
        this.shares = shares;
        this.articles = articles;
        this.channels = channels;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/shares")
    String list(
            @RequestParam(required = false) Long site,
            @RequestParam(defaultValue = "0") int in,
            @RequestParam(defaultValue = "0") int out,
            Model model) {
        requireEditor();
        List<SiteView> sites = articles.writableSites();
        model.addAttribute("sites", sites);
        if (sites.isEmpty()) {
            return "admin/articles/shares";
        }
        SiteView current = chosen(sites, site);
        model.addAttribute("site", current);
        int inPage = Math.max(0, in);
        int outPage = Math.max(0, out);
        model.addAttribute("incoming", shares.incoming(current.id(), null, PageRequest.of(inPage, PAGE_SIZE)));
        model.addAttribute("outgoing", shares.outgoing(current.id(), PageRequest.of(outPage, PAGE_SIZE)));
        String base = "/admin/articles/shares?site=" + current.id();
        model.addAttribute("incomingBase", base + "&out=" + outPage + "&in=");
        model.addAttribute("outgoingBase", base + "&in=" + inPage + "&out=");
        model.addAttribute("canPull", shares.canPullInto(current.id()));
        java.util.Map<Long, String> codes = new java.util.HashMap<>();
        directory.all().forEach(s -> codes.put(s.id(), s.siteCode()));
        model.addAttribute("siteCodes", codes);
        return "admin/articles/shares";
    }

    @PostMapping("/shares/{id}/accept")
    String accept(@PathVariable long id, @RequestParam long site, RedirectAttributes redirect) {
        return act(site, redirect, () -> shares.accept(id), "content.share.flash.accepted");
    }

    @PostMapping("/shares/{id}/decline")
    String decline(
            @PathVariable long id,
            @RequestParam long site,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return act(site, redirect, () -> shares.decline(id, reason), "content.share.flash.declined");
    }

    @PostMapping("/shares/{id}/remove")
    String remove(@PathVariable long id, @RequestParam long site, RedirectAttributes redirect) {
        return act(site, redirect, () -> shares.remove(id), "content.share.flash.removed");
    }

    @PostMapping("/shares/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam long site, RedirectAttributes redirect) {
        return act(site, redirect, () -> shares.cancel(id), "content.share.flash.cancelled");
    }

    @PostMapping("/{id}/share")
    String push(@PathVariable long id, @RequestParam(required = false) String target, RedirectAttributes redirect) {
        requireEditor();
        Forms.refusal(messages, () -> {
                    long[] siteAndChannel = parseTarget(target);
                    shares.push(id, siteAndChannel[0], siteAndChannel[1]);
                })
                .ifPresentOrElse(
                        reason -> redirect.addFlashAttribute("flashError", reason),
                        () -> redirect.addFlashAttribute("flash", "content.share.flash.pushed"));
        return "redirect:/admin/articles/" + id;
    }

    @GetMapping("/shares/pull")
    String pullPage(
            @RequestParam(required = false) Long site,
            @RequestParam(required = false) Long from,
            @RequestParam(required = false) Long channel,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        requireEditor();
        List<SiteView> sites = articles.writableSites().stream()
                .filter(s -> shares.canPullInto(s.id()))
                .toList();
        model.addAttribute("sites", sites);
        if (sites.isEmpty()) {
            return "admin/articles/pull";
        }
        SiteView current = chosen(sites, site);
        List<SiteView> sources = shares.pullSources(current.id());
        SiteView source = sources.stream()
                .filter(s -> from != null && s.id() == from)
                .findFirst()
                .orElse(sources.isEmpty() ? null : sources.getFirst());
        var options = channels.of(current.id());
        Long channelId = channel != null && options.stream().anyMatch(o -> o.id() == channel)
                ? channel
                : (options.isEmpty() ? null : options.getFirst().id());
        model.addAttribute("site", current);
        model.addAttribute("sources", sources);
        model.addAttribute("source", source);
        model.addAttribute("channels", options);
        model.addAttribute("channel", channelId);
        if (source != null) {
            model.addAttribute(
                    "articles",
                    shares.pullable(current.id(), source.id(), PageRequest.of(Math.max(0, page), PAGE_SIZE)));
            model.addAttribute(
                    "pageBase",
                    PageLink.to("/admin/articles/shares/pull")
                            .with("site", current.id())
                            .with("from", source.id())
                            .with("channel", channelId)
                            .pageBase());
        }
        return "admin/articles/pull";
    }

    @PostMapping("/shares/pull")
    String pull(
            @RequestParam long article,
            @RequestParam long site,
            @RequestParam long channel,
            @RequestParam long from,
            RedirectAttributes redirect) {
        requireEditor();
        Forms.refusal(messages, () -> shares.pull(article, site, channel))
                .ifPresentOrElse(
                        reason -> redirect.addFlashAttribute("flashError", reason),
                        () -> redirect.addFlashAttribute("flash", "content.share.flash.pulled"));
        return "redirect:/admin/articles/shares/pull?site=" + site + "&from=" + from + "&channel=" + channel;
    }

    private String act(long site, RedirectAttributes redirect, Runnable action, String done) {
        requireEditor();
        Forms.refusal(messages, action)
                .ifPresentOrElse(
                        reason -> redirect.addFlashAttribute("flashError", reason),
                        () -> redirect.addFlashAttribute("flash", done));
        return "redirect:/admin/articles/shares?site=" + site;
    }

    /** {@code siteId:channelId} as the push form's select sends it. */
    private static long[] parseTarget(String target) {
        if (target != null && target.matches("\\d{1,18}:\\d{1,18}")) {
            String[] parts = target.split(":");
            return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
        }
        throw org.civitas.platform.DomainException.onField("targetChannelId", "content.share.target.required");
    }

    private static SiteView chosen(List<SiteView> sites, Long site) {
        return site == null
                ? sites.getFirst()
                : sites.stream()
                        .filter(s -> s.id() == site)
                        .findFirst()
                        .orElseThrow(() -> new NotFoundException("Site", site));
    }

    private void requireEditor() {
        access.requireAny(ContentPermissions.WRITE);
    }
}
