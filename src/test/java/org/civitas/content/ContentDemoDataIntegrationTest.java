package org.civitas.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.civitas.site.ChannelType;
import org.civitas.site.ChannelView;
import org.civitas.site.SiteView;
import org.civitas.site.trusted.SiteDirectory;
import org.civitas.support.CivitasIntegrationTest;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@DatabaseTest
@CivitasIntegrationTest
class ContentDemoDataIntegrationTest {

    @Autowired
    ArticleCatalogue catalogue;

    @Autowired
    SiteDirectory sites;

    @Test
    void everyListAndDisclosureChannelOfEveryDemoSiteHasPublishedArticles() {
        List<SiteView> all = sites.all();
        assertThat(all).extracting(SiteView::siteCode).contains("5132000001", "5132210001");
        for (SiteView site : all) {
            for (ChannelView channel : articleChannels(sites.channels(site.id()))) {
                var page = catalogue.channel(site.id(), channel.id(), false, PageRequest.of(0, 10));
                assertThat(page.getTotalElements())
                        .as("%s › %s", site.name(), channel.name())
                        .isPositive();
                if (channel.type() == ChannelType.DISCLOSURE) {
                    var first = catalogue
                            .published(site.id(), page.getContent().getFirst().id())
                            .orElseThrow();
                    // other tests in the same context may give a site its own rule: any generated number will do
                    assertThat(first.disclosure().indexNumber()).as("%s", first).isNotBlank();
                    assertThat(page.getContent())
                            .as("demo documents carry their issuing authority")
                            .anySatisfy(a -> assertThat(catalogue
                                            .published(site.id(), a.id())
                                            .orElseThrow()
                                            .disclosure()
                                            .issuingAuthority())
                                    .isNotBlank());
                }
            }
            assertThat(catalogue.all(site.id()))
                    .anySatisfy(a -> assertThat(a.pinned()).isTrue());
        }
        long portal = sites.findByCode("5132000001").orElseThrow().id();
        assertThat(catalogue.disclosureFacets(portal).subjectCategories()).isNotEmpty();
        var headline = catalogue.latest(portal, 1).getFirst();
        assertThat(catalogue.published(portal, headline.id()).orElseThrow().bodyHtml())
                .startsWith("<p"); // the latest may be the bilingual notice, whose paragraphs carry lang
    }

    private static List<ChannelView> articleChannels(List<ChannelView> tree) {
        List<ChannelView> out = new ArrayList<>();
        for (ChannelView c : tree) {
            // the demo's channels are its blueprints'; local ones come from other tests in this context
            if (!c.local() && (c.type() == ChannelType.LIST || c.type() == ChannelType.DISCLOSURE)) {
                out.add(c);
            }
            out.addAll(articleChannels(c.children()));
        }
        return out;
    }
}
