package org.civitas.content.trusted;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.civitas.content.ArticleDraft;
import org.civitas.platform.DomainException;

/**
 * Trusted port: no permission checks; articles brought over from an old CMS by an operator on the
 * server, published at once (the operator stands for the site's review). Each article is known by the
 * old system's key, so a repeated import finds it again: an unchanged one is left alone, a changed one
 * becomes a new version. The old system's 索引号 is kept rather than a new one issued. Audited like
 * every write, under the given actor. Not for web use.
 */
public interface ArticleImports {

    /** The article a source key was imported as, with the digest of what it was imported from. */
    Optional<Known> find(String sourceKey);

    /**
     * Imports the articles in one transaction. A line refused by a check (unknown channel, invalid field,
     * index number another article holds, source key of another site's article) is reported in its
     * result and the others go on; it leaves nothing behind, since every check runs before its writes.
     * Anything failing later rolls the whole call back: the caller then retries its articles one per
     * call, so that only the failing one is lost.
     */
    List<Result> importAll(String actor, List<Imported> articles);

    /** The article a source key names now. */
    record Known(long articleId, String digest) {}

    /**
     * An article as the old system had it.
     *
     * @param sourceKey the old system's key, unique in this installation (at most 200 characters)
     * @param digest a fingerprint of everything the article was made from (the line and its files): the
     *     same digest as last time means unchanged
     * @param indexNumber the 索引号 to keep (disclosure channels only), or {@code null} to issue one
     * @param createdAt when the old system created it, or {@code null} for now
     */
    record Imported(
            String sourceKey,
            String digest,
            String siteCode,
            String channelCode,
            ArticleDraft draft,
            String indexNumber,
            Instant createdAt) {}

    /** What became of one article: its outcome and id, or the reason it was refused. */
    record Result(Outcome outcome, Long articleId, DomainException refusal) {}

    enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED,
        REFUSED
    }
}
