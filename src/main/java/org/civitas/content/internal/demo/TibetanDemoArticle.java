package org.civitas.content.internal.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.civitas.content.ArticleDraft;
import org.civitas.content.trusted.ArticleOperations;
import org.civitas.platform.DemoData;
import org.civitas.site.ContentLanguage;
import org.civitas.site.trusted.SiteDirectory;
import org.springframework.stereotype.Component;

/**
 * The demo's bilingual notice on the portal: 阿坝州 publishes in Tibetan and Chinese, and this one article
 * shows the Tibetan font on the site, the lang marks and search by a Tibetan word. Written for the demo: the
 * Tibetan paragraphs say what the Chinese ones say.
 */
@Component
class TibetanDemoArticle implements DemoData {

    static final String TITLE = "关于藏历新年期间政务服务大厅办公时间安排的通知";
    static final String SUBTITLE =
            "བོད་ལུགས་ལོ་གསར་སྐབས་ཀྱི་གཞུང་ལས་ཞབས་ཞུའི་ཁང་ཆེན་གྱི་ལས་ཀའི་དུས་ཚོད་སྐོར་གྱི་བརྡ་ཁྱབ།";

    static final String BODY = "<p lang=\"bo\">བོད་ལུགས་ལོ་གསར་ལ་བཀྲ་ཤིས་བདེ་ལེགས།</p>"
            + "<p>祝全州各族群众藏历新年吉祥如意！</p>"
            + "<p lang=\"bo\">ལོ་གསར་གྱི་གསེང་ཉིན་རིང་ལ་གཞུང་ལས་ཞབས་ཞུའི་ཁང་ཆེན་དུ་ས་ཐོག་ཏུ་ལས་དོན་སྒྲུབ་རྒྱུ་གནས་སྐབས་མཚམས་འཇོག་བྱེད།"
            + " གསེང་ཉིན་རྗེས་ཀྱི་ལས་ཉིན་དང་པོ་ནས་རྒྱུན་ལྡན་ལྟར་ལས་ཀ་བྱེད།</p>"
            + "<p>藏历新年假期期间，政务服务大厅暂停现场办理业务，节后第一个工作日恢复正常办公。</p>"
            + "<p lang=\"bo\">ཛ་དྲག་གི་ལས་དོན་ཡོད་ན་ཁ་པར་ ༡༢༣༤༥ ལ་འབྲེལ་བ་གནང་རོགས།</p>"
            + "<p>如有紧急事项，请拨打政务服务便民热线 12345。</p>";

    private static final String PORTAL = "5132000001";
    private static final String CHANNEL = "news-notices";

    private final ArticleOperations operations;
    private final SiteDirectory sites;
    private final Clock clock;

    TibetanDemoArticle(ArticleOperations operations, SiteDirectory sites, Clock clock) {
        this.operations = operations;
        this.sites = sites;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 310; // after the other demo articles (300), so that it is the portal's newest notice
    }

    @Override
    public void create() {
        boolean hasChannel = sites.findByCode(PORTAL)
                .map(site -> sites.channels(site.id()).stream().anyMatch(this::isNotices))
                .orElse(false);
        if (!hasChannel) {
            return;
        }
        Instant publishAt = clock.instant().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofHours(1));
        ArticleDraft draft = new ArticleDraft(
                TITLE,
                SUBTITLE,
                "藏历新年假期政务服务大厅暂停现场办理，节后恢复正常办公。",
                BODY,
                null,
                List.of(),
                "阿坝州人民政府办公室",
                null,
                List.of("藏历新年", "ལོ་གསར"),
                false,
                0,
                null,
                publishAt,
                null,
                null,
                ContentLanguage.TIBETAN_CHINESE);
        operations.publish("demo", PORTAL, CHANNEL, draft);
    }

    private boolean isNotices(org.civitas.site.ChannelView channel) {
        return channel.code().equals(CHANNEL) || channel.children().stream().anyMatch(this::isNotices);
    }
}
