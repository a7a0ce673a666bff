package org.civitas.content.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civitas.content.ArticleCreated;
import org.civitas.content.ArticleSaved;
import org.civitas.content.ArticleSubmitted;
import org.civitas.content.trusted.ArticleImports;
import org.civitas.platform.DomainException;
import org.civitas.platform.RunningAs;
import org.civitas.site.ChannelType;
import org.civitas.site.ChannelView;
import org.civitas.site.SiteView;
import org.civitas.site.trusted.SiteDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Articles from an old CMS, published the way {@link OperatorPublishing} publishes (created or saved,
 * submitted, approved, public), with the old 索引号 kept and the source key remembered in
 * {@code content_import_source}. Every check of an article runs before its first write, so a refused
 * one leaves nothing behind while the rest of the batch goes on.
 */
@Service
class OperatorImport implements ArticleImports {

    /** Articles written between two clears of the persistence context (see OperatorPublishing). */
    private static final int FLUSH_EVERY = 100;

    private final SiteDirectory sites;
    private final SiteChannelLookup channels;
    private final ArticleValidator validator;
    private final Articles articles;
    private final ArticleHistory versions;
    private final ArticleLifecycle lifecycle;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entities;

    OperatorImport(
            SiteDirectory sites,
            SiteChannelLookup channels,
            ArticleValidator validator,
            Articles articles,
            ArticleHistory versions,
            ArticleLifecycle lifecycle,
            ApplicationEventPublisher events,
            JdbcClient jdbc,
            Clock clock) {
        this.sites = sites;
        this.channels = channels;
        this.validator = validator;
        this.articles = articles;
        this.versions = versions;
        this.lifecycle = lifecycle;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Known> find(String sourceKey) {
        return jdbc.sql("select article_id, digest from content_import_source where source_key = ?")
                .param(sourceKey)
                .query((rs, n) -> new Known(rs.getLong(1), rs.getString(2)))
                .optional();
    }

    @Override
    @Transactional
    public List<Result> importAll(String actor, List<Imported> batch) {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("an operator run needs an actor to audit");
        }
        String by = actor.strip();
        Map<String, Place> places = new HashMap<>();
        List<Result> results = new ArrayList<>();
        int written = 0;
        for (Imported imported : batch) {
            Result result = RunningAs.operator(by, () -> {
                Checked checked;
                try {
                    Optional<Known> known = find(
                            imported.sourceKey() == null
                                    ? ""
                                    : imported.sourceKey().strip());
                    if (known.isPresent() && known.get().digest().equals(imported.digest())) {
                        return new Result(Outcome.UNCHANGED, known.get().articleId(), null);
                    }
                    checked = check(imported, known, places);
                } catch (DomainException refusal) {
                    return new Result(Outcome.REFUSED, null, refusal);
                }
                return write(by, imported, checked);
            });
            results.add(result);
            if (result.outcome() != Outcome.UNCHANGED
                    && result.outcome() != Outcome.REFUSED
                    && ++written % FLUSH_EVERY == 0) {
                entities.flush();
                entities.clear();
            }
        }
        return results;
    }

    private record Place(SiteView site, ChannelView channel) {}

    /** An article that passed every check: its place, validated content and the article it updates. */
    private record Checked(Place place, ArticleContent content, Article existing, String indexNumber) {}

    private Checked check(Imported imported, Optional<Known> known, Map<String, Place> places) {
        String key = ArticleValidator.line("sourceKey", imported.sourceKey(), 200);
        if (key == null) {
            throw DomainException.onField("sourceKey", "content.import.sourceKey.required");
        }
        Place place = places.computeIfAbsent(imported.siteCode() + "\n" + imported.channelCode(), k -> place(imported));
        boolean disclosure = place.channel().type() == ChannelType.DISCLOSURE;
        String indexNumber = ArticleValidator.line("indexNumber", imported.indexNumber(), 100);
        if ((indexNumber != null || imported.draft().disclosure() != null) && !disclosure) {
            // refused rather than dropped: an old system's 索引号 or 文号 must not get lost on the way
            throw DomainException.onField(
                    "indexNumber",
                    "content.import.disclosure.notDisclosure",
                    place.channel().name());
        }
        ArticleContent content = validator.checkAsOperator(imported.draft(), disclosure);
        Article existing = null;
        if (known.isPresent()) {
            existing = articles.findById(known.get().articleId()).orElse(null);
            if (existing != null
                    && (existing.siteId() != place.site().id()
                            || existing.channelId() != place.channel().id())) {
                throw DomainException.onField("sourceKey", "content.import.sourceKey.elsewhere", key);
            }
        }
        if (indexNumber != null) {
            long holder = existing == null ? -1 : existing.id();
            Optional<String> other = jdbc.sql(
                            "select title from content_article where index_number = ? and id <> ? fetch first 1 rows only")
                    .params(indexNumber, holder)
                    .query(String.class)
                    .optional();
            if (other.isPresent()) {
                throw DomainException.onField(
                        "indexNumber", "content.import.indexNumber.taken", indexNumber, other.get());
            }
        }
        return new Checked(place, content, existing, indexNumber);
    }

    private Place place(Imported imported) {
        SiteView site = sites.findByCode(
                        imported.siteCode() == null ? "" : imported.siteCode().strip())
                .orElseThrow(() -> new DomainException("content.site.unknownCode", imported.siteCode()));
        ChannelView channel = channels.channelByCode(
                        site.id(),
                        imported.channelCode() == null
                                ? ""
                                : imported.channelCode().strip())
                .map(SiteChannelLookup::requireArticles)
                .orElseThrow(() ->
                        new DomainException("content.channel.unknownCode", imported.channelCode(), site.siteCode()));
        return new Place(site, channel);
    }

    private Result write(String by, Imported imported, Checked checked) {
        Instant now = clock.instant();
        Article article = checked.existing();
        Outcome outcome;
        if (article == null) {
            Instant created =
                    imported.createdAt() == null || imported.createdAt().isAfter(now) ? now : imported.createdAt();
            SiteView site = checked.place().site();
            article = articles.saveAndFlush(new Article(
                    site.id(), checked.place().channel().id(), site.organisationId(), checked.content(), by, created));
            versions.keep(article, checked.content(), by, now);
            events.publishEvent(new ArticleCreated(article.id(), site.id(), article.channelId(), article.title()));
            outcome = Outcome.CREATED;
        } else {
            // the old system's line wins over an edit made here since; the earlier version stays in the history
            article.edit(checked.content(), by, now);
            articles.flush();
            versions.keep(article, checked.content(), by, now);
            events.publishEvent(new ArticleSaved(article.id(), article.revision(), article.title()));
            outcome = Outcome.UPDATED;
        }
        if (checked.indexNumber() != null) {
            article.assignIndexNumber(checked.indexNumber());
        }
        article.submit(by, now);
        events.publishEvent(new ArticleSubmitted(article.id(), article.revision(), null));
        lifecycle.approve(article, by);
        remember(imported, article.id(), by, now, outcome == Outcome.CREATED);
        return new Result(outcome, article.id(), null);
    }

    private void remember(Imported imported, long articleId, String by, Instant now, boolean created) {
        String key = imported.sourceKey().strip();
        if (created) {
            jdbc.sql("""
                            insert into content_import_source (source_key, article_id, digest, imported_by, imported_at)
                            values (?, ?, ?, ?, ?)
                            """)
                    .params(key, articleId, imported.digest(), by, Timestamp.from(now))
                    .update();
        } else {
            jdbc.sql("""
                            update content_import_source set digest = ?, imported_by = ?, imported_at = ?
                            where source_key = ?
                            """)
                    .params(imported.digest(), by, Timestamp.from(now), key)
                    .update();
        }
    }
}
