package org.civitas.content;

import java.util.List;
import java.util.UUID;
import org.civitas.identity.RoleService;
import org.civitas.identity.UserService;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.site.ChannelView;
import org.civitas.site.SiteView;
import org.civitas.site.trusted.SiteDirectory;
import org.civitas.support.CivitasIntegrationTest;
import org.civitas.workflow.ReviewChainDefinition;
import org.civitas.workflow.ReviewChainService;
import org.civitas.workflow.ReviewChainStep;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Base of the content service tests: the demo cluster (汶川县 and 九寨沟县 sites), an editor for each,
 * a reviewer, and helpers to give a channel a review chain.
 */
@CivitasIntegrationTest
@RecordApplicationEvents
public abstract class ContentIntegrationTest {

    protected static final String WENCHUAN = "5132210001";
    protected static final String JIUZHAIGOU = "5132250001";

    @Autowired
    protected ArticleService articles;

    @Autowired
    protected ArticleCatalogue catalogue;

    @Autowired
    protected ChannelReviewSettings channelReview;

    @Autowired
    protected ReviewChainService chains;

    @Autowired
    protected SiteDirectory sites;

    @Autowired
    protected ApplicationEvents events;

    @Autowired
    protected UserDetailsService details;

    @Autowired
    protected UserService userService;

    @Autowired
    protected RoleService roleService;

    @Autowired
    protected OrganisationDirectory organisations;

    protected ContentTestUsers people;
    protected String wenchuanEditor;
    protected String jiuzhaigouEditor;
    protected String reviewer;

    @BeforeEach
    void people() {
        // these tests set the chains they need; a channel without one publishes on submit
        demoChains = org.civitas.support.DemoReviewChains.clear(sites, channelReview, details);
        people = new ContentTestUsers(details, userService, roleService, organisations);
        wenchuanEditor = people.create("wc.editor", ContentTestUsers.EDITOR_ROLE, "wenchuan");
        jiuzhaigouEditor = people.create("jzg.editor", ContentTestUsers.EDITOR_ROLE, "jiuzhaigou");
        reviewer = people.create("reviewer", ContentTestUsers.REVIEWER_ROLE, "wenchuan");
        events.clear();
    }

    /** Where the demo's review chain was before {@link #people} took it off: put back after each test. */
    private List<long[]> demoChains = List.of();

    @AfterEach
    void signOut() {
        ContentTestUsers.signOut();
        org.civitas.support.DemoReviewChains.restore(channelReview, details, demoChains);
    }

    protected SiteView site(String code) {
        return sites.findByCode(code).orElseThrow();
    }

    protected ChannelView channel(String siteCode, String channelCode) {
        return find(sites.channels(site(siteCode).id()), channelCode);
    }

    private static ChannelView find(List<ChannelView> channels, String code) {
        for (ChannelView c : channels) {
            if (c.code().equals(code)) {
                return c;
            }
            try {
                return find(c.children(), code);
            } catch (IllegalStateException e) {
                // not below this one
            }
        }
        throw new IllegalStateException("no channel " + code);
    }

    /** Gives the channel a new one-step chain reviewed by {@link ContentTestUsers#REVIEWER_ROLE}; returns its code. */
    protected String oneStepChain(String siteCode, String channelCode) {
        return chain(siteCode, channelCode, List.of(ReviewChainStep.anywhere("终审", ContentTestUsers.REVIEWER_ROLE)));
    }

    protected String chain(String siteCode, String channelCode, List<ReviewChainStep> steps) {
        String code = "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        people.signIn("admin");
        chains.define(new ReviewChainDefinition(code, "测试流程 " + code, steps));
        channelReview.setChain(
                site(siteCode).id(), channel(siteCode, channelCode).id(), code);
        ContentTestUsers.signOut();
        return code;
    }

    protected void noChain(String siteCode, String channelCode) {
        people.signIn("admin");
        channelReview.setChain(
                site(siteCode).id(), channel(siteCode, channelCode).id(), null);
        ContentTestUsers.signOut();
    }

    protected ArticleView write(String siteCode, String channelCode, ArticleDraft draft) {
        return articles.create(
                site(siteCode).id(), channel(siteCode, channelCode).id(), draft);
    }
}
