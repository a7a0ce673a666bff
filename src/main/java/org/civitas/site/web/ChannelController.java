package org.civitas.site.web;

import static org.civitas.site.SitePermissions.SITE_CREATE;
import static org.civitas.site.SitePermissions.SITE_MANAGE;

import org.civitas.identity.AccessControl;
import org.civitas.platform.Forms;
import org.civitas.site.ChannelRemoval;
import org.civitas.site.ChannelService;
import org.civitas.site.ChannelType;
import org.civitas.site.ChannelView;
import org.civitas.site.SiteService;
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

/** A site's local channels: add, rename, move up or down, remove. Blueprint channels are refused with the reason. */
@Controller
@RequestMapping("/admin/sites/{siteId}/channels")
class ChannelController {

    private final ChannelService channels;
    private final SiteService sites;
    private final AccessControl access;
    private final MessageSource messages;

    ChannelController(ChannelService channels, SiteService sites, AccessControl access, MessageSource messages) {
        this.channels = channels;
        this.sites = sites;
        this.access = access;
        this.messages = messages;
    }

    @PostMapping
    String add(
            @PathVariable long siteId,
            @ModelAttribute ChannelForm channelForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        access.requireAny(SITE_CREATE, SITE_MANAGE);
        Forms.required(result, "code", channelForm.code(), null);
        Forms.required(result, "name", channelForm.name(), null);
        Forms.required(result, "type", channelForm.type(), null);
        if (!Forms.run(
                result,
                () -> channels.add(
                        siteId,
                        channelForm.parentId(),
                        channelForm.code(),
                        channelForm.name(),
                        channelForm.type(),
                        channelForm.linkUrl()))) {
            model.addAttribute("site", sites.get(siteId));
            model.addAttribute("parents", channels.tree(siteId));
            model.addAttribute("channelTypes", ChannelType.values());
            return "admin/sites/channel-add";
        }
        redirect.addFlashAttribute("flash", "site.channel.added");
        return site(siteId);
    }

    @GetMapping("/{channelId}/rename")
    String renameForm(@PathVariable long siteId, @PathVariable long channelId, Model model) {
        access.requireAny(SITE_CREATE, SITE_MANAGE);
        ChannelView channel = find(siteId, channelId);
        model.addAttribute("renameForm", new RenameForm(channel.name()));
        return rename(model, siteId, channel);
    }

    @PostMapping("/{channelId}/rename")
    String renameTo(
            @PathVariable long siteId,
            @PathVariable long channelId,
            @ModelAttribute RenameForm renameForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        access.requireAny(SITE_CREATE, SITE_MANAGE);
        ChannelView channel = find(siteId, channelId);
        if (!Forms.run(result, () -> channels.rename(channelId, renameForm.name()))) {
            return rename(model, siteId, channel);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return site(siteId);
    }

    @GetMapping("/{channelId}/link")
    String linkForm(@PathVariable long siteId, @PathVariable long channelId, Model model) {
        access.requireAny(SITE_CREATE, SITE_MANAGE);
        ChannelView channel = find(siteId, channelId);
        model.addAttribute("linkForm", new LinkForm(channel.linkUrl()));
        return link(model, siteId, channel);
    }

    /** Points a link channel (领导信箱, 政务服务) at its address; a refused address is shown again with the reason. */
    @PostMapping("/{channelId}/link")
    String linkTo(
            @PathVariable long siteId,
            @PathVariable long channelId,
            @ModelAttribute LinkForm linkForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        access.requireAny(SITE_CREATE, SITE_MANAGE);
        ChannelView channel = find(siteId, channelId);
        if (!Forms.run(result, () -> channels.link(channelId, linkForm.linkUrl()))) {
            return link(model, siteId, channel);
        }
        redirect.addFlashAttribute("flash", "common.saved");
        return site(siteId);
    }

    @PostMapping("/{channelId}/move")
    String move(
            @PathVariable long siteId,
            @PathVariable long channelId,
            @RequestParam int direction,
            RedirectAttributes redirect) {
        access.requireAny(SITE_CREATE, SITE_MANAGE);
        find(siteId, channelId);
        Forms.flash(messages, redirect, "site.channel.moved", () -> channels.move(channelId, direction));
        return site(siteId);
    }

    @GetMapping("/{channelId}/delete")
    String confirmRemove(@PathVariable long siteId, @PathVariable long channelId, Model model) {
        access.requireAny(SITE_CREATE, SITE_MANAGE);
        removal(model, siteId, find(siteId, channelId), ChannelRemoval.REFUSE, null);
        return "admin/sites/channel-delete";
    }

    /** Without a choice a channel that holds articles is refused with their count; the page then offers the choices. */
    @PostMapping("/{channelId}/delete")
    String remove(
            @PathVariable long siteId,
            @PathVariable long channelId,
            @RequestParam(required = false) ChannelRemoval removal,
            @RequestParam(required = false) Long targetChannelId,
            Model model,
            RedirectAttributes redirect) {
        access.requireAny(SITE_CREATE, SITE_MANAGE);
        ChannelView channel = find(siteId, channelId);
        ChannelRemoval how = removal == null ? ChannelRemoval.REFUSE : removal;
        var refusal = Forms.refusal(messages, () -> channels.remove(channelId, how, targetChannelId));
        if (refusal.isPresent()) {
            removal(model, siteId, channel, how, targetChannelId);
            model.addAttribute("refusal", refusal.get());
            return "admin/sites/channel-delete";
        }
        redirect.addFlashAttribute(
                "flash", how == ChannelRemoval.REFUSE ? "common.deleted" : "site.channel.removedMoved");
        return site(siteId);
    }

    /** The confirmation page: the channel's article count, and the channels of its type that could take them. */
    private void removal(Model model, long siteId, ChannelView channel, ChannelRemoval removal, Long targetChannelId) {
        model.addAttribute("site", sites.get(siteId));
        model.addAttribute("channel", channel);
        model.addAttribute("itemCount", channels.itemCount(channel.id()));
        model.addAttribute(
                "targets",
                flatten(channels.tree(siteId))
                        .filter(c -> c.id() != channel.id() && c.type() == channel.type())
                        .toList());
        model.addAttribute("removal", removal);
        model.addAttribute("targetChannelId", targetChannelId);
    }

    private String link(Model model, long siteId, ChannelView channel) {
        model.addAttribute("site", sites.get(siteId));
        model.addAttribute("channel", channel);
        return "admin/sites/channel-link";
    }

    private String rename(Model model, long siteId, ChannelView channel) {
        model.addAttribute("site", sites.get(siteId));
        model.addAttribute("channel", channel);
        return "admin/sites/channel-rename";
    }

    /** The channel of this site (the service checks that the user manages it); 404 otherwise. */
    private ChannelView find(long siteId, long channelId) {
        return flatten(channels.tree(siteId))
                .filter(c -> c.id() == channelId)
                .findFirst()
                .orElseThrow(() -> new org.civitas.platform.NotFoundException("Channel", channelId));
    }

    private static java.util.stream.Stream<ChannelView> flatten(java.util.List<ChannelView> tree) {
        return tree.stream()
                .flatMap(c -> java.util.stream.Stream.concat(java.util.stream.Stream.of(c), flatten(c.children())));
    }

    private static String site(long siteId) {
        return "redirect:/admin/sites/" + siteId + "#channels";
    }

    record ChannelForm(Long parentId, String code, String name, ChannelType type, String linkUrl) {}

    record LinkForm(String linkUrl) {}

    record RenameForm(String name) {}
}
