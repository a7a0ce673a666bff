package org.civitas.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civitas.site.SiteTestUsers.newDomain;
import static org.civitas.site.SiteTestUsers.newSiteCode;

import java.util.List;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.identity.trusted.UserDirectory;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.DomainException;
import org.civitas.site.trusted.SiteDirectory;
import org.civitas.site.trusted.SiteOperations;
import org.civitas.support.ChineseAuditTrail;
import org.civitas.support.CivitasIntegrationTest;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@DatabaseTest
@CivitasIntegrationTest
@RecordApplicationEvents
class SiteServiceIntegrationTest {

    @Autowired
    SiteService sites;

    @Autowired
    ChannelService channels;

    @Autowired
    BlueprintService blueprints;

    @Autowired
    SiteDirectory directory;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    UserDirectory users;

    @Autowired
    SiteOperations operations;

    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void signIn() {
        SiteTestUsers.signInClusterAdministrator();
    }

    @Autowired
    MessageSource messages;

    @AfterEach
    void signOut() {
        SiteTestUsers.signOut();
    }

    /** Whatever a test changed reads in Chinese in the audit trail: values, never English prose. */
    @AfterEach
    void everyChangeReadsInChinese() {
        ChineseAuditTrail.assertReadable(messages, events.stream(AuditableEvent.class));
    }

    private long org(String code) {
        return organisations.all().stream()
                .filter(o -> o.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private long portal() {
        return directory.findByCode("5132000001").orElseThrow().id();
    }

    private SiteDraft county(String name, String code, String domain) {
        return new SiteDraft(
                name,
                SiteKind.COUNTY,
                portal(),
                org("lixian"),
                List.of(domain),
                code,
                Registration.none(),
                "county",
                null,
                List.of());
    }

    private long auditable() {
        return events.stream(AuditableEvent.class).count();
    }

    private static List<String> names(List<ChannelView> tree) {
        return tree.stream().map(ChannelView::name).toList();
    }

    @Test
    void theDemoClusterHasThePortalAndItsSubSitesBuiltFromBlueprints() {
        SiteView portal = directory.findByDomain("WWW.abazhou.gov.cn").orElseThrow();
        assertThat(portal.name()).isEqualTo("中国阿坝州");
        assertThat(portal.kind()).isEqualTo(SiteKind.PORTAL);
        assertThat(portal.status()).isEqualTo(SiteStatus.ONLINE);
        SiteView wenchuan = directory.findByCode("5132210001").orElseThrow();
        assertThat(wenchuan.parentId()).isEqualTo(portal.id());
        assertThat(wenchuan.administrators())
                .extracting(SiteView.SiteAdministrator::username)
                .containsExactly("wenchuan.admin");
        // the blueprint's channels, in order (tests sharing the application may have added local ones after them)
        assertThat(names(directory.channels(wenchuan.id()))).startsWith("走进汶川县", "政务动态", "政府信息公开", "政务服务", "互动交流");
        assertThat(directory.all().getFirst().id()).isEqualTo(portal.id());
    }

    @Test
    void createsASubSiteWithAllBlueprintChannelsInOneStep() {
        long before = auditable();
        String code = newSiteCode();
        SiteView site = sites.create(county("理县", code, newDomain("Lixian")));

        assertThat(site.status()).isEqualTo(SiteStatus.BUILDING);
        assertThat(site.theme()).isEqualTo("default");
        assertThat(site.domains().getFirst()).startsWith("lixian");
        List<ChannelView> tree = channels.tree(site.id());
        assertThat(names(tree)).containsExactly("走进理县", "政务动态", "政府信息公开", "政务服务", "互动交流");
        ChannelView news = tree.get(1);
        assertThat(names(news.children())).containsExactly("要闻", "通知公告", "部门动态");
        assertThat(news.blueprintEntryCode()).isEqualTo("news");
        assertThat(names(tree.get(2).children())).containsExactly("公开指南", "公开目录", "公开年报");
        assertThat(auditable() - before).isEqualTo(1);
        assertThat(events.stream(SiteCreated.class)
                        .reduce((a, b) -> b)
                        .orElseThrow()
                        .channels())
                .isEqualTo(11);
    }

    @Test
    void aDuplicateDomainIsRefusedWithTheReasonAndNothingIsCreated() {
        int before = directory.all().size();
        long audited = auditable();
        assertThatThrownBy(() -> sites.create(county("重复", newSiteCode(), "WWW.Wenchuan.gov.cn")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("site.domain.taken");
                    assertThat(e.field()).isEqualTo("domains");
                    assertThat(e.arguments()).containsExactly("www.wenchuan.gov.cn");
                });
        assertThat(directory.all()).hasSize(before);
        assertThat(auditable()).isEqualTo(audited);
    }

    @Test
    void invalidAndDuplicateSiteCodesAndHostNamesAreRefusedWithTheReason() {
        int before = directory.all().size();
        assertThat(refusal(county("x", "51322", newDomain("a")))).isEqualTo("site.code.format");
        assertThat(refusal(county("x", "51322100AB", newDomain("a")))).isEqualTo("site.code.format");
        assertThat(refusal(county("x", "9932210001", newDomain("a")))).isEqualTo("site.code.division");
        assertThat(refusal(county("x", "5100120001", newDomain("a")))).isEqualTo("site.code.prefecture");
        assertThat(refusal(county("x", "1234567890", newDomain("a")))).isEqualTo("site.code.prefecture");
        assertThat(refusal(county("x", "5132290001", newDomain("a")))).isEqualTo("site.code.county");
        assertThat(refusal(county("x", "5132210001", newDomain("a")))).isEqualTo("site.code.taken");
        assertThat(refusal(county("x", newSiteCode(), "not a host"))).isEqualTo("site.domain.invalid");
        assertThat(refusal(county("x", newSiteCode(), "-bad.example.cn"))).isEqualTo("site.domain.invalid");
        var badIcp = new SiteDraft(
                "x",
                SiteKind.COUNTY,
                portal(),
                org("lixian"),
                List.of(newDomain("icp")),
                newSiteCode(),
                new Registration(null, "ICP 123", null),
                "county",
                null,
                List.of());
        assertThat(refusal(badIcp)).isEqualTo("site.icp.invalid");
        var wrongBlueprint = new SiteDraft(
                "x",
                SiteKind.COUNTY,
                portal(),
                org("lixian"),
                List.of(newDomain("bp")),
                newSiteCode(),
                null,
                "department",
                null,
                List.of());
        assertThat(refusal(wrongBlueprint)).isEqualTo("site.blueprint.kind");
        assertThat(directory.all()).hasSize(before);
    }

    private String refusal(SiteDraft site) {
        try {
            sites.create(site);
            throw new AssertionError("created " + site);
        } catch (DomainException e) {
            return e.messageKey();
        }
    }

    @Test
    void blueprintChannelsCannotBeRemovedOrRenamedButLocalOnesCan() {
        SiteView site = sites.create(county("茂县", newSiteCode(), newDomain("maoxian")));
        ChannelView about = channels.tree(site.id()).getFirst();

        assertThatThrownBy(() -> channels.rename(about.id(), "改名"))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("site.channel.blueprint.rename"));
        assertThatThrownBy(() -> channels.remove(about.id()))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("site.channel.blueprint.remove"));

        long before = auditable();
        ChannelView tourism = channels.add(site.id(), null, "tourism", "旅游茂县", ChannelType.LIST);
        ChannelView spots = channels.add(site.id(), tourism.id(), "spots", "景点", ChannelType.LIST);
        ChannelView food = channels.add(site.id(), null, "food", "美食", ChannelType.SINGLE_PAGE);
        channels.rename(tourism.id(), "文旅茂县");
        channels.move(food.id(), -1);
        assertThat(auditable() - before).isEqualTo(5);
        List<String> top = names(channels.tree(site.id()));
        assertThat(top.subList(top.size() - 2, top.size())).containsExactly("美食", "文旅茂县");

        assertThatThrownBy(() -> channels.remove(tourism.id()))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("site.channel.remove.children"));
        assertThatThrownBy(() -> channels.add(site.id(), null, "food", "重复", ChannelType.LIST))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("site.channel.code.taken"));
        channels.remove(spots.id());
        channels.remove(tourism.id());
        assertThat(names(channels.tree(site.id()))).doesNotContain("文旅茂县").contains("美食");
        assertThat(events.stream(ChannelRemoved.class)).hasSize(2);
    }

    @Test
    void aSiteAdministratorManagesOnlyTheirOwnSite() {
        long wenchuanAdmin =
                users.findByUsername("wenchuan.admin").orElseThrow().id();
        SiteView other = sites.create(county("松潘县", newSiteCode(), newDomain("songpan")));
        SiteView wenchuan = directory.findByCode("5132210001").orElseThrow();

        SiteTestUsers.signIn(wenchuanAdmin, "wenchuan.admin", SitePermissions.SITE_MANAGE);
        // the sites wenchuan.admin administers: 汶川县, and any a test sharing the application made them administer,
        // never one they were not made administrator of
        assertThat(sites.manageable())
                .extracting(SiteView::id)
                .contains(wenchuan.id())
                .doesNotContain(other.id());
        assertThat(channels.tree(wenchuan.id())).isNotEmpty();
        channels.add(wenchuan.id(), null, unique(), "汶川文旅", ChannelType.LIST);

        assertThatThrownBy(() -> sites.get(other.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> channels.tree(other.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> channels.add(other.id(), null, "x", "x", ChannelType.LIST))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sites.changeStatus(other.id(), SiteStatus.ONLINE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sites.create(county("越权", newSiteCode(), newDomain("x"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sites.addAdministrator(wenchuan.id(), "auditor"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(channels.compliance())
                .extracting(ComplianceReport::siteId)
                .contains(wenchuan.id())
                .doesNotContain(other.id());
    }

    private static String unique() {
        return "local-" + System.nanoTime();
    }

    @Test
    void statusChangesFollowTheLifeCycle() {
        SiteView site = sites.create(county("金川县", newSiteCode(), newDomain("jinchuan")));
        long before = auditable();
        assertThat(sites.changeStatus(site.id(), SiteStatus.ONLINE).status()).isEqualTo(SiteStatus.ONLINE);
        assertThat(sites.changeStatus(site.id(), SiteStatus.OFFLINE).status()).isEqualTo(SiteStatus.OFFLINE);
        assertThatThrownBy(() -> sites.changeStatus(site.id(), SiteStatus.BUILDING))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("site.status.illegal"));
        assertThat(auditable() - before).isEqualTo(2);
    }

    @Test
    void changesDetailsAndAdministrators() {
        SiteView site = sites.create(county("小金县", newSiteCode(), newDomain("xiaojin")));
        String second = newDomain("xj");
        SiteView changed = sites.change(
                site.id(),
                new SiteDetailsDraft(
                        "小金县人民政府",
                        List.of(site.primaryDomain(), second.toUpperCase()),
                        new Registration("党政机关", "川ICP备05003303号", "川公网安备 51320002000001号"),
                        "default"));
        assertThat(changed.domains()).contains(second);
        assertThat(changed.theme()).isEqualTo("default");
        // a theme that is not installed is refused, naming the installed ones, not silently shown as the default
        assertThatThrownBy(() -> sites.change(
                        site.id(),
                        new SiteDetailsDraft("小金县", List.of(site.primaryDomain()), Registration.none(), "blue")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("site.theme.unknown");
                    assertThat(e.arguments()).startsWith("blue");
                    // the installed themes: default, and any a test sharing the application installed
                    assertThat(String.valueOf(e.arguments()[1])).startsWith("default");
                });
        assertThat(directory.findById(site.id()).orElseThrow().name()).isEqualTo("小金县人民政府");
        assertThatThrownBy(() -> sites.change(
                        site.id(), new SiteDetailsDraft("小金县", List.of("www.jzg.gov.cn"), Registration.none(), null)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("site.domain.taken"));
        SiteView withAdmin = sites.addAdministrator(site.id(), "wenchuan.admin");
        assertThat(withAdmin.administrators()).hasSize(1);
        assertThat(sites.removeAdministrator(
                                site.id(), withAdmin.administrators().getFirst().userId())
                        .administrators())
                .isEmpty();
        assertThatThrownBy(() -> sites.addAdministrator(site.id(), "nobody"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("site.admin.unknown"));
    }

    @Test
    void complianceShowsMissingRenamedAndLocalChannelsAndApplyingABlueprintAddsTheMissingOnes() {
        SiteView site = sites.create(new SiteDraft(
                "黑水县",
                SiteKind.COUNTY,
                portal(),
                org("heishui"),
                List.of(newDomain("heishui")),
                newSiteCode(),
                null,
                "county",
                null,
                List.of()));
        channels.add(site.id(), null, "local-news", "黑水新闻", ChannelType.LIST);
        String entry = "e" + System.nanoTime() % 1_000_000;
        blueprints.addEntry("county", new BlueprintEntry(entry, "news", "乡镇动态", ChannelType.LIST));

        ComplianceReport report = channels.compliance().stream()
                .filter(r -> r.siteId() == site.id())
                .findFirst()
                .orElseThrow();
        assertThat(report.compliant()).isFalse();
        assertThat(report.missing()).extracting(BlueprintEntry::code).containsExactly(entry);
        assertThat(report.local()).containsExactly("黑水新闻");
        assertThat(report.renamed()).isEmpty();

        long before = auditable();
        var applied = blueprints.applyBlueprint("county");
        assertThat(applied)
                .filteredOn(a -> a.siteName().equals("黑水县"))
                .singleElement()
                .satisfies(a -> assertThat(a.added()).containsExactly(entry));
        assertThat(applied).extracting(BlueprintApplication::siteName).contains("汶川县");
        assertThat(auditable() - before).isEqualTo(1);
        ChannelView news = channels.tree(site.id()).stream()
                .filter(c -> "news".equals(c.blueprintEntryCode()))
                .findFirst()
                .orElseThrow();
        assertThat(names(news.children())).containsExactly("要闻", "通知公告", "部门动态", "乡镇动态");
        assertThat(channels.compliance().stream()
                        .filter(r -> r.siteId() == site.id())
                        .findFirst()
                        .orElseThrow()
                        .compliant())
                .isTrue();
        assertThat(blueprints.applyBlueprint("county")).isEmpty();

        // renaming the entry renames the channel on every site once applied
        blueprints.renameEntry("county", entry, "乡镇工作");
        assertThat(compliance(site.id()).renamed())
                .extracting(ComplianceReport.Renamed::actual)
                .containsExactly("乡镇动态");
        assertThat(blueprints.applyBlueprint("county"))
                .filteredOn(a -> a.siteId() == site.id())
                .singleElement()
                .satisfies(a -> assertThat(a.renamed()).containsExactly(entry));
        assertThat(names(news(site.id()).children())).contains("乡镇工作");

        // removing it turns the channel into a local one (content kept), and the site is compliant again
        assertThatThrownBy(() -> blueprints.removeEntry("county", "news"))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "site.blueprint.entry.hasChildren");
        blueprints.removeEntry("county", entry);
        assertThat(compliance(site.id()).obsolete()).containsExactly("乡镇工作");
        assertThat(compliance(site.id()).compliant()).isFalse();
        assertThat(blueprints.applyBlueprint("county"))
                .filteredOn(a -> a.siteId() == site.id())
                .singleElement()
                .satisfies(a -> assertThat(a.detached()).containsExactly(entry));
        assertThat(compliance(site.id()).compliant()).isTrue();
        assertThat(compliance(site.id()).local()).contains("乡镇工作");
        assertThatThrownBy(() -> blueprints.renameEntry("county", "no-such-entry", "x"))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "site.blueprint.entry.unknown");
    }

    private ComplianceReport compliance(long siteId) {
        return channels.compliance().stream()
                .filter(r -> r.siteId() == siteId)
                .findFirst()
                .orElseThrow();
    }

    private ChannelView news(long siteId) {
        return channels.tree(siteId).stream()
                .filter(c -> "news".equals(c.blueprintEntryCode()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aBlueprintCanLeaveItsChannelsEditableAndTheComplianceReportShowsWhatSitesChanged() {
        String code = "bp" + System.nanoTime() % 1_000_000_000L;
        BlueprintView created = blueprints.create(code, "乡镇规划", SiteKind.COUNTY, false, true);
        assertThat(created.locked()).isTrue();
        assertThat(created.builtIn()).isFalse();
        blueprints.addEntry(code, new BlueprintEntry("news", null, "政务动态", ChannelType.LIST));
        blueprints.addEntry(code, new BlueprintEntry("notice", "news", "通知公告", ChannelType.LIST));
        assertThatThrownBy(() -> blueprints.create(code, "重复", SiteKind.COUNTY, true, true))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("site.blueprint.code.taken"));

        SiteView site = sites.create(new SiteDraft(
                "松潘县",
                SiteKind.COUNTY,
                portal(),
                org("lixian"),
                List.of(newDomain("songpan")),
                newSiteCode(),
                null,
                code,
                null,
                List.of()));
        ChannelView news = channels.tree(site.id()).getFirst();
        ChannelView notice = news.children().getFirst();
        assertThatThrownBy(() -> channels.rename(news.id(), "新闻"))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("site.channel.blueprint.rename"));
        assertThatThrownBy(() -> channels.add(site.id(), null, "tour", "旅游", ChannelType.LIST))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("site.channel.local.notAllowed"));

        long before = auditable();
        BlueprintView open = blueprints.configure(code, true, false);
        assertThat(open.allowLocal()).isTrue();
        assertThat(open.locked()).isFalse();
        assertThat(events.stream(BlueprintChanged.class).filter(e -> e.code().equals(code)))
                .last()
                .satisfies(e -> {
                    assertThat(e.change()).isEqualTo(BlueprintChanged.Change.SETTINGS);
                    assertThat(e.summary()).contains("audit.summary.part.blueprint.locked.false");
                });
        assertThat(auditable() - before).isEqualTo(1);

        channels.rename(news.id(), "新闻");
        channels.remove(notice.id());
        channels.add(site.id(), null, "tour", "旅游", ChannelType.LIST);
        ComplianceReport report = compliance(site.id());
        assertThat(report.compliant()).isFalse();
        assertThat(report.renamed())
                .singleElement()
                .satisfies(r -> assertThat(r.actual()).isEqualTo("新闻"));
        assertThat(report.missing()).extracting(BlueprintEntry::code).containsExactly("notice");
        assertThat(report.local()).containsExactly("旅游");

        blueprints.applyBlueprint(code);
        assertThat(names(channels.tree(site.id()))).containsExactly("政务动态", "旅游");
        assertThat(compliance(site.id()).missing()).isEmpty();

        blueprints.configure(code, true, true);
        ChannelView restored = channels.tree(site.id()).getFirst();
        assertThatThrownBy(() -> channels.remove(restored.children().getFirst().id()))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("site.channel.blueprint.remove"));
        assertThatThrownBy(() -> blueprints.configure("no-such-blueprint", true, true))
                .isInstanceOf(org.civitas.platform.NotFoundException.class);
    }

    @Test
    void builtInBlueprintsExist() {
        assertThat(blueprints.list()).extracting(BlueprintView::code).contains("county", "department", "portal");
        BlueprintView county = blueprints.get("county");
        assertThat(county.builtIn()).isTrue();
        assertThat(county.entries().getFirst().nameFor("汶川县")).isEqualTo("走进汶川县");
        assertThatThrownBy(
                        () -> blueprints.addEntry("county", new BlueprintEntry("news", null, "重复", ChannelType.LIST)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("site.blueprint.entry.taken"));
    }

    @Test
    void theOperatorCreatesASiteByCodesWithoutASignedInUser() {
        SiteTestUsers.signOut();
        String code = newSiteCode();
        SiteView site = operations.createSite(
                "红原县",
                code,
                SiteKind.COUNTY,
                "5132000001",
                "county",
                List.of(newDomain("hongyuan")),
                "hongyuan",
                "default");
        assertThat(site.theme()).isEqualTo("default");
        assertThat(site.parentId()).isEqualTo(portal());
        assertThat(directory.channels(site.id())).hasSize(5);
        assertThatThrownBy(() -> operations.createSite(
                        "x",
                        newSiteCode(),
                        SiteKind.COUNTY,
                        "5199999999",
                        "county",
                        List.of(newDomain("x")),
                        "hongyuan",
                        null))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("site.parent.unknownCode"));
        assertThatThrownBy(() -> operations.createSite(
                        "x", newSiteCode(), SiteKind.COUNTY, null, "county", List.of(newDomain("x")), "nowhere", null))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("site.organisation.unknownCode"));
        int before = directory.all().size();
        assertThatThrownBy(() -> operations.createSite(
                        "x",
                        newSiteCode(),
                        SiteKind.COUNTY,
                        "5132000001",
                        "county",
                        List.of(newDomain("x")),
                        "hongyuan",
                        "no-such-theme"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("site.theme.unknown"));
        assertThat(directory.all()).hasSize(before);
    }

    @Test
    void thePrimaryDomainIsTheOneTheAdministratorMarksNotTheAlphabeticallyFirst() {
        String first = "zz" + newDomain("primary");
        String other = "aa" + newDomain("other");
        SiteView site = sites.create(county("黑水县", newSiteCode(), first));
        SiteView both = sites.change(
                site.id(), new SiteDetailsDraft("黑水县", List.of(first, other), Registration.none(), "default"));
        // the primary domain stays while it is listed, though another one sorts before it
        assertThat(both.primaryDomain()).isEqualTo(first);
        assertThat(both.domains()).containsExactly(first, other);

        long before = auditable();
        SiteView marked = sites.change(
                site.id(),
                new SiteDetailsDraft(
                        "黑水县", List.of(first, other), other.toUpperCase(), Registration.none(), "default"));
        assertThat(marked.primaryDomain()).isEqualTo(other);
        assertThat(directory.findById(site.id()).orElseThrow().primaryDomain()).isEqualTo(other);
        assertThat(events.stream(SiteChanged.class)
                        .reduce((a, b) -> b)
                        .orElseThrow()
                        .values())
                .endsWith(other);
        assertThat(auditable() - before).isEqualTo(1);

        assertThatThrownBy(() -> sites.change(
                        site.id(),
                        new SiteDetailsDraft(
                                "黑水县", List.of(first), "elsewhere.example.gov.cn", Registration.none(), null)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("site.domain.primary.unlisted");
                    assertThat(e.field()).isEqualTo("primaryDomain");
                });
        assertThat(directory.findById(site.id()).orElseThrow().primaryDomain()).isEqualTo(other);
        // dropping the primary domain makes the first one listed primary
        assertThat(sites.change(site.id(), new SiteDetailsDraft("黑水县", List.of(first), Registration.none(), null))
                        .primaryDomain())
                .isEqualTo(first);
    }

    @Test
    void onlyTheClusterAdministratorCorrectsASiteCodeAndTheCorrectionIsAudited() {
        String wrong = newSiteCode();
        SiteView site = sites.create(county("茂县", wrong, newDomain("maoxian")));
        assertThatThrownBy(() -> sites.correctSiteCode(site.id(), "1234567890"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("site.code.prefecture"));
        assertThatThrownBy(() -> sites.correctSiteCode(site.id(), "5132210001"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("site.code.taken"));
        String right = newSiteCode();
        long before = auditable();
        assertThat(sites.correctSiteCode(site.id(), right).siteCode()).isEqualTo(right);
        assertThat(directory.findByCode(right).orElseThrow().id()).isEqualTo(site.id());
        assertThat(directory.findByCode(wrong)).isEmpty();
        SiteChanged audited =
                events.stream(SiteChanged.class).reduce((a, b) -> b).orElseThrow();
        assertThat(audited.change()).isEqualTo(SiteChanged.Change.SITE_CODE);
        assertThat(audited.values()).containsExactly(wrong, right);
        assertThat(auditable() - before).isEqualTo(1);

        // a site administrator (site:manage only) may not, even of this site
        SiteTestUsers.signIn(900_001L, "maoxian.admin", SitePermissions.SITE_MANAGE);
        assertThatThrownBy(() -> sites.correctSiteCode(site.id(), newSiteCode()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aLinkChannelHoldsACheckedAddressFromTheBlueprintOrItsAdministrator() {
        String code = "links-" + System.nanoTime() % 1_000_000;
        blueprints.create(code, "链接规划", SiteKind.COUNTY, true, false);
        blueprints.addEntry(code, new BlueprintEntry("news", null, "政务动态", ChannelType.LIST));
        blueprints.addEntry(
                code, new BlueprintEntry("services", null, "政务服务", ChannelType.LINK, "https://www.sczwfw.gov.cn/"));
        blueprints.addEntry(code, new BlueprintEntry("mailbox", null, "领导信箱", ChannelType.LINK, " "));
        assertThatThrownBy(() -> blueprints.addEntry(
                        code, new BlueprintEntry("bad", null, "坏链接", ChannelType.LINK, "javascript:alert(1)")))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("site.channel.link.invalid"));
        SiteView site = sites.create(new SiteDraft(
                "松潘县",
                SiteKind.COUNTY,
                portal(),
                org("lixian"),
                List.of(newDomain("songpan")),
                newSiteCode(),
                Registration.none(),
                code,
                null,
                List.of()));
        List<ChannelView> tree = channels.tree(site.id());
        ChannelView services = tree.get(1);
        ChannelView mailbox = tree.get(2);
        assertThat(services.linkUrl()).isEqualTo("https://www.sczwfw.gov.cn/");
        assertThat(services.external()).isTrue();
        assertThat(mailbox.linkUrl()).isNull();

        long before = auditable();
        assertThat(channels.link(mailbox.id(), "/c/news/").linkUrl()).isEqualTo("/c/news/");
        assertThat(auditable() - before).isEqualTo(1);
        assertThatThrownBy(() -> channels.link(mailbox.id(), "//evil.example.com/"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("site.channel.link.invalid");
                    assertThat(e.field()).isEqualTo("linkUrl");
                });
        assertThat(directory.channels(site.id()).get(2).linkUrl()).isEqualTo("/c/news/");
        // only link channels hold an address
        assertThatThrownBy(() -> channels.link(tree.get(0).id(), "https://example.gov.cn/"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("site.channel.link.notLink"));
        ChannelView local =
                channels.add(site.id(), null, "local-link", "网上办事", ChannelType.LINK, "https://www.sczwfw.gov.cn/bs/");
        assertThat(local.linkUrl()).isEqualTo("https://www.sczwfw.gov.cn/bs/");
    }
}
