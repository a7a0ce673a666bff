package org.civitas.content.internal.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.civitas.content.ChannelReviewSettings;
import org.civitas.content.ContentPermissions;
import org.civitas.identity.DataScope;
import org.civitas.identity.SecurityLabels;
import org.civitas.identity.trusted.DemoAccounts;
import org.civitas.platform.DemoData;
import org.civitas.site.ChannelView;
import org.civitas.site.SiteView;
import org.civitas.site.trusted.SiteDirectory;
import org.civitas.storage.StoragePermissions;
import org.civitas.workflow.ReviewChainDefinition;
import org.civitas.workflow.ReviewChainService;
import org.civitas.workflow.ReviewChainStep;
import org.springframework.stereotype.Component;

/**
 * The web editors and reviewers of the demo: {@code portal.editor} and {@code portal.reviewer} for the 中国阿坝州
 * portal, {@code wenchuan.editor} and {@code wenchuan.reviewer} for the 汶川县 site, and the review chain
 * {@value #CHAIN} on both sites' news channels (政务动态 and its children), so that an article an editor submits
 * there waits in their reviewer's task list and is published when approved. The chain's one step goes to the
 * reviewers of the article's own organisation, so each reviewer sees their site's articles only. Runs after the
 * demo articles (which the operator published), as the system administrator would set it up.
 */
@Component
class WebTeamDemoData implements DemoData {

    static final String CHAIN = "web-review";
    static final String EDITOR_ROLE = "WEB_EDITOR";
    static final String REVIEWER_ROLE = "WEB_REVIEWER";

    private record Team(String siteCode, String prefix, String place) {}

    private static final List<Team> TEAMS =
            List.of(new Team("5132000001", "portal", "州门户网站"), new Team("5132210001", "wenchuan", "汶川县网站"));

    private final DemoAccounts accounts;
    private final SiteDirectory sites;
    private final ReviewChainService chains;
    private final ChannelReviewSettings reviewSettings;
    private final SecurityLabels labels;

    WebTeamDemoData(
            DemoAccounts accounts,
            SiteDirectory sites,
            ReviewChainService chains,
            ChannelReviewSettings reviewSettings,
            SecurityLabels labels) {
        this.accounts = accounts;
        this.sites = sites;
        this.chains = chains;
        this.reviewSettings = reviewSettings;
        this.labels = labels;
    }

    @Override
    public int order() {
        return 350; // after the demo articles (300), before the desk (400)
    }

    @Override
    public void create() {
        if (!accounts.available()) {
            return;
        }
        List<SiteView> teamSites = new ArrayList<>();
        for (Team team : TEAMS) {
            sites.findByCode(team.siteCode()).ifPresent(site -> {
                people(team, site);
                teamSites.add(site);
            });
        }
        if (teamSites.isEmpty()) {
            return;
        }
        accounts.runAs("admin", () -> {
            chains.define(new ReviewChainDefinition(
                    CHAIN, "网站文章审核", List.of(ReviewChainStep.inSubjectOrganisation("审核发布", REVIEWER_ROLE))));
            for (SiteView site : teamSites) {
                for (ChannelView channel : newsChannels(sites.channels(site.id()))) {
                    reviewSettings.setChain(site.id(), channel.id(), CHAIN);
                }
            }
            return null;
        });
    }

    private void people(Team team, SiteView site) {
        String clearance = labels.lowest().code();
        String editor = team.prefix() + ".editor";
        String reviewer = team.prefix() + ".reviewer";
        accounts.createUser(editor, team.place() + "编辑", site.organisationId(), clearance);
        accounts.grant(
                editor,
                EDITOR_ROLE,
                "网站编辑 / web editor",
                Set.of(ContentPermissions.WRITE, StoragePermissions.UPLOAD),
                DataScope.OWN,
                site.organisationId());
        accounts.createUser(reviewer, team.place() + "审核员", site.organisationId(), clearance);
        // a reviewer may also correct an article before approving it, as in the editorial office
        accounts.grant(
                reviewer,
                REVIEWER_ROLE,
                "网站审核员 / web reviewer",
                Set.of(ContentPermissions.WRITE, StoragePermissions.UPLOAD),
                DataScope.OWN,
                site.organisationId());
    }

    /** 政务动态 / 工作动态 and the channels below it (要闻, 通知公告, 部门动态, 县市动态). */
    private static List<ChannelView> newsChannels(List<ChannelView> tree) {
        List<ChannelView> out = new ArrayList<>();
        for (ChannelView c : tree) {
            if (c.code().equals("news") || c.code().startsWith("news-")) {
                out.add(c);
            }
            out.addAll(newsChannels(c.children()));
        }
        return out;
    }

    @Override
    public List<Account> accounts() {
        return List.of(
                new Account("portal.editor", "web editor of the 中国阿坝州 portal: write an article in 要闻 and submit it"),
                new Account(
                        "portal.reviewer",
                        "web reviewer of the portal: approve it in 待办 and see it on the public site"),
                new Account("wenchuan.editor", "web editor of the 汶川县 site: the same journey on a county site"),
                new Account("wenchuan.reviewer", "web reviewer of the 汶川县 site"));
    }
}
