package org.civitas.site.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.civitas.identity.OrganisationView;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.identity.trusted.UserDirectory;
import org.civitas.platform.DemoData;
import org.civitas.site.NewSite;
import org.civitas.site.Registration;
import org.civitas.site.SiteKind;
import org.civitas.site.SiteStatus;
import org.civitas.site.SiteStatusChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The demo cluster: the 中国阿坝州 portal with county and department sites built from the blueprints;
 * {@code wenchuan.admin} administers the 汶川县 site.
 */
@Component
class SiteDemoData implements DemoData {

    private record Demo(
            String name,
            SiteKind kind,
            String code,
            String domain,
            String organisation,
            String blueprint,
            boolean online) {}

    private static final List<Demo> SUB_SITES = List.of(
            new Demo("汶川县", SiteKind.COUNTY, "5132210001", "www.wenchuan.gov.cn", "wenchuan", "county", true),
            new Demo("九寨沟县", SiteKind.COUNTY, "5132250001", "www.jzg.gov.cn", "jiuzhaigou", "county", true),
            new Demo("马尔康市", SiteKind.COUNTY, "5132010001", "www.maerkang.gov.cn", "maerkang", "county", false),
            new Demo("阿坝州教育局", SiteKind.DEPARTMENT, "5132000002", "edu.abazhou.gov.cn", "aba-edu", "department", true),
            new Demo(
                    "阿坝州文化体育和旅游局",
                    SiteKind.DEPARTMENT,
                    "5132000003",
                    "wlt.abazhou.gov.cn",
                    "aba-tourism",
                    "department",
                    false));

    /** 四川政务服务网, where the demo sites' 政务服务 link channels lead. */
    private static final String SERVICES = "https://www.sczwfw.gov.cn/";

    private final BuiltInBlueprints builtIns;
    private final Channels channels;
    private final SiteBuilder builder;
    private final OrganisationDirectory organisations;
    private final UserDirectory users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SiteDemoData(
            BuiltInBlueprints builtIns,
            Channels channels,
            SiteBuilder builder,
            OrganisationDirectory organisations,
            UserDirectory users,
            ApplicationEventPublisher events,
            Clock clock) {
        this.builtIns = builtIns;
        this.channels = channels;
        this.builder = builder;
        this.organisations = organisations;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public void create() {
        builtIns.ensure();
        Optional<OrganisationView> aba = organisation("aba");
        if (aba.isEmpty()) {
            return;
        }
        Site portal = builder.create(new NewSite(
                "中国阿坝州",
                SiteKind.PORTAL,
                null,
                aba.get().id(),
                List.of("www.abazhou.gov.cn", "abazhou.gov.cn"),
                "5132000001",
                new Registration("党政机关", "川ICP备05003303号", "川公网安备 51320002000001号"),
                "portal",
                "default",
                List.of()));
        linkServices(portal);
        online(portal);
        for (Demo d : SUB_SITES) {
            Optional<OrganisationView> owner = organisation(d.organisation());
            if (owner.isEmpty()) {
                continue;
            }
            List<String> admins = "wenchuan".equals(d.organisation())
                            && users.findByUsername("wenchuan.admin").isPresent()
                    ? List.of("wenchuan.admin")
                    : List.of();
            Site site = builder.create(new NewSite(
                    d.name(),
                    d.kind(),
                    portal.id(),
                    owner.get().id(),
                    List.of(d.domain()),
                    d.code(),
                    Registration.none(),
                    d.blueprint(),
                    "default",
                    admins));
            linkServices(site);
            if (d.online()) {
                online(site);
            }
        }
    }

    /** The blueprints' 政务服务 link channel leads each demo site to the province's service portal. */
    private void linkServices(Site site) {
        channels.findBySiteIdOrderBySortOrderAscIdAsc(site.id()).stream()
                .filter(c -> "services".equals(c.blueprintEntryCode()))
                .forEach(c -> c.linkTo(SERVICES));
        channels.flush();
    }

    private void online(Site site) {
        SiteStatus from = site.changeStatus(SiteStatus.ONLINE, clock.instant());
        events.publishEvent(new SiteStatusChanged(site.id(), site.siteCode(), from, SiteStatus.ONLINE));
    }

    private Optional<OrganisationView> organisation(String code) {
        return organisations.all().stream().filter(o -> o.code().equals(code)).findFirst();
    }
}
