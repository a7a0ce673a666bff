package org.civitas.site.internal;

import static org.civitas.site.ChannelType.DISCLOSURE;
import static org.civitas.site.ChannelType.LINK;
import static org.civitas.site.ChannelType.LIST;
import static org.civitas.site.ChannelType.SINGLE_PAGE;

import java.time.Clock;
import java.util.List;
import org.civitas.site.BlueprintEntry;
import org.civitas.site.ChannelType;
import org.civitas.site.SiteKind;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The blueprints every installation starts with (portal, county, department), created at start-up
 * when missing. Existing ones are left as the cluster administrator changed them. The site root is
 * the home page (首页), not a channel.
 */
@Component
@Order(0)
public class BuiltInBlueprintSetup implements ApplicationRunner {

    record Definition(String code, String name, SiteKind kind, boolean allowLocal, List<BlueprintEntry> entries) {}

    static final Definition COUNTY = new Definition(
            "county",
            "县（市）政府网站统一栏目",
            SiteKind.COUNTY,
            true,
            List.of(
                    e("about", null, "走进{site}", SINGLE_PAGE),
                    e("news", null, "政务动态", LIST),
                    e("news-headlines", "news", "要闻", LIST),
                    e("news-notices", "news", "通知公告", LIST),
                    e("news-departments", "news", "部门动态", LIST),
                    e("disclosure", null, "政府信息公开", DISCLOSURE),
                    e("disclosure-guide", "disclosure", "公开指南", SINGLE_PAGE),
                    e("disclosure-catalogue", "disclosure", "公开目录", DISCLOSURE),
                    e("disclosure-annual", "disclosure", "公开年报", LIST),
                    e("services", null, "政务服务", LINK),
                    e("interaction", null, "互动交流", LIST)));

    static final Definition DEPARTMENT = new Definition(
            "department",
            "部门网站统一栏目",
            SiteKind.DEPARTMENT,
            true,
            List.of(
                    e("about", null, "机构概况", SINGLE_PAGE),
                    e("about-duties", "about", "机构职能", SINGLE_PAGE),
                    e("about-leaders", "about", "领导信息", SINGLE_PAGE),
                    e("news", null, "工作动态", LIST),
                    e("news-notices", "news", "通知公告", LIST),
                    e("disclosure", null, "政府信息公开", DISCLOSURE),
                    e("disclosure-guide", "disclosure", "公开指南", SINGLE_PAGE),
                    e("disclosure-catalogue", "disclosure", "公开目录", DISCLOSURE),
                    e("disclosure-annual", "disclosure", "公开年报", LIST),
                    e("policies", null, "政策文件", LIST),
                    e("services", null, "办事服务", LINK),
                    e("interaction", null, "互动交流", LIST)));

    static final Definition PORTAL = new Definition(
            "portal",
            "门户网站统一栏目",
            SiteKind.PORTAL,
            false,
            List.of(
                    e("about", null, "走进{site}", SINGLE_PAGE),
                    e("about-overview", "about", "州情概况", SINGLE_PAGE),
                    e("about-leaders", "about", "领导之窗", SINGLE_PAGE),
                    e("news", null, "政务动态", LIST),
                    e("news-headlines", "news", "要闻", LIST),
                    e("news-notices", "news", "通知公告", LIST),
                    e("news-departments", "news", "部门动态", LIST),
                    e("news-counties", "news", "县市动态", LIST),
                    e("disclosure", null, "政府信息公开", DISCLOSURE),
                    e("disclosure-guide", "disclosure", "公开指南", SINGLE_PAGE),
                    e("disclosure-catalogue", "disclosure", "公开目录", DISCLOSURE),
                    e("disclosure-annual", "disclosure", "公开年报", LIST),
                    e("disclosure-policies", "disclosure", "政策文件", LIST),
                    e("services", null, "政务服务", LINK),
                    e("interaction", null, "互动交流", LIST),
                    e("interaction-mailbox", "interaction", "领导信箱", LINK),
                    e("interaction-survey", "interaction", "意见征集", LIST)));

    static final List<Definition> ALL = List.of(PORTAL, COUNTY, DEPARTMENT);

    private final Blueprints blueprints;
    private final Clock clock;

    BuiltInBlueprintSetup(Blueprints blueprints, Clock clock) {
        this.blueprints = blueprints;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        ensure();
    }

    /** Creates the missing built-in blueprints; idempotent. */
    @Transactional
    public void ensure() {
        for (Definition d : ALL) {
            if (blueprints.findByCode(d.code()).isEmpty()) {
                var blueprint = new Blueprint(d.code(), d.name(), d.kind(), d.allowLocal(), true, clock.instant());
                d.entries().forEach(entry -> blueprint.add(entry, clock.instant()));
                blueprints.save(blueprint);
            }
        }
    }

    private static BlueprintEntry e(String code, String parent, String name, ChannelType type) {
        return new BlueprintEntry(code, parent, name, type);
    }
}
