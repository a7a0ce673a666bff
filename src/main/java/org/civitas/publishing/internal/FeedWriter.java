package org.civitas.publishing.internal;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.civitas.content.ArticleCatalogue;
import org.civitas.content.ArticleSummary;
import org.civitas.site.ChannelView;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Atom and RSS feeds of a site or channel and the site's sitemap, written with StAX. Absolute links
 * start with the address's origin; the documents carry no "generated at" time, so the same content
 * gives the same bytes (static export and the cache rely on it).
 */
@Component
class FeedWriter {

    private static final int ENTRIES = 20;
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final ArticleCatalogue catalogue;
    private final XMLOutputFactory factory = XMLOutputFactory.newFactory();

    FeedWriter(ArticleCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    RenderedPage feed(Layout layout, ChannelView channel, String format) {
        long siteId = layout.site().id();
        List<ArticleSummary> entries = channel == null
                ? catalogue.latest(siteId, ENTRIES)
                : catalogue
                        .channel(siteId, channel.id(), true, PageRequest.of(0, ENTRIES))
                        .getContent();
        String title = channel == null
                ? layout.site().name()
                : channel.name() + " - " + layout.site().name();
        String page = channel == null ? "/" : "/c/" + channel.code() + "/";
        String self = PagePaths.feed(channel == null ? null : channel.code(), format);
        return "atom".equals(format)
                ? atom(layout, title, page, self, entries)
                : rss(layout, title, page, self, entries);
    }

    private RenderedPage atom(Layout layout, String title, String page, String self, List<ArticleSummary> entries) {
        Address address = layout.address();
        return write("application/atom+xml;charset=UTF-8", xml -> {
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "title", title);
            element(xml, "id", address.absolute(self));
            element(xml, "updated", iso(newest(entries)));
            link(xml, "alternate", address.absolute(page));
            link(xml, "self", address.absolute(self));
            for (ArticleSummary article : entries) {
                xml.writeStartElement("entry");
                element(xml, "title", article.title());
                String url = absolute(layout, article);
                element(xml, "id", url);
                link(xml, "alternate", url);
                element(xml, "published", iso(article.publishedAt()));
                element(xml, "updated", iso(article.updatedAt() == null ? article.publishedAt() : article.updatedAt()));
                xml.writeStartElement("author");
                element(xml, "name", layout.site().name());
                xml.writeEndElement();
                if (article.summary() != null && !article.summary().isBlank()) {
                    element(xml, "summary", article.summary());
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    private RenderedPage rss(Layout layout, String title, String page, String self, List<ArticleSummary> entries) {
        Address address = layout.address();
        return write("application/rss+xml;charset=UTF-8", xml -> {
            xml.writeStartElement("rss");
            xml.writeAttribute("version", "2.0");
            xml.writeStartElement("channel");
            element(xml, "title", title);
            element(xml, "link", address.absolute(page));
            element(xml, "description", title);
            element(xml, "language", "zh-cn");
            for (ArticleSummary article : entries) {
                xml.writeStartElement("item");
                element(xml, "title", article.title());
                String url = absolute(layout, article);
                element(xml, "link", url);
                xml.writeStartElement("guid");
                xml.writeAttribute("isPermaLink", "true");
                xml.writeCharacters(url);
                xml.writeEndElement();
                element(xml, "pubDate", rfc1123(article.publishedAt()));
                if (article.summary() != null && !article.summary().isBlank()) {
                    element(xml, "description", article.summary());
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    RenderedPage sitemap(Layout layout) {
        Address address = layout.address();
        long siteId = layout.site().id();
        List<ArticleSummary> articles = catalogue.all(siteId);
        return write("application/xml;charset=UTF-8", xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP);
            url(xml, address.absolute("/"), newest(articles));
            for (ChannelView channel : layout.channels()) {
                if (!Layout.hasPage(channel)) {
                    continue; // a link channel has no page; where it leads is another page or another site
                }
                url(xml, address.absolute("/c/" + channel.code() + "/"), null);
            }
            url(xml, address.absolute("/disclosure/"), null);
            for (ArticleSummary article : articles) {
                if (article.externalUrl() == null) {
                    url(xml, address.absolute(PagePaths.article(article.id())), article.updatedAt());
                }
            }
            xml.writeEndElement();
        });
    }

    private static void url(XMLStreamWriter xml, String loc, Instant lastModified) throws XMLStreamException {
        xml.writeStartElement("url");
        element(xml, "loc", loc);
        if (lastModified != null) {
            element(xml, "lastmod", iso(lastModified));
        }
        xml.writeEndElement();
    }

    private static String absolute(Layout layout, ArticleSummary article) {
        return article.externalUrl() != null
                ? article.externalUrl()
                : layout.address().absolute(PagePaths.article(article.id()));
    }

    private static Instant newest(List<ArticleSummary> entries) {
        return entries.stream()
                .map(a -> a.updatedAt() == null ? a.publishedAt() : a.updatedAt())
                .filter(java.util.Objects::nonNull)
                .max(Instant::compareTo)
                .orElse(Instant.EPOCH);
    }

    private static String iso(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(
                (instant == null ? Instant.EPOCH : instant).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    private static String rfc1123(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME
                .withLocale(Locale.ROOT)
                .format((instant == null ? Instant.EPOCH : instant).atOffset(ZoneOffset.UTC));
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private RenderedPage write(String contentType, Body body) {
        var out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = factory.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write XML", e);
        }
        return new RenderedPage(200, contentType, out.toByteArray());
    }
}
