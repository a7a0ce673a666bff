package org.civitas.search.internal;

import org.civitas.identity.AccessControl;
import org.civitas.platform.DomainException;
import org.civitas.search.SearchPermissions;
import org.civitas.search.SearchTermsChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administrator's synonyms and protected terms; checked before they are kept, used from the next rebuild on. */
@Service
public class SearchTermsAdministration {

    private static final int MAX_TERM = 50;

    private final SettingsStore store;
    private final AccessControl access;
    private final ApplicationEventPublisher events;

    SearchTermsAdministration(SettingsStore store, AccessControl access, ApplicationEventPublisher events) {
        this.store = store;
        this.access = access;
        this.events = events;
    }

    /** The current lists as the form edits them: synonyms as stored, protected terms one per line. */
    @PreAuthorize("hasAuthority('" + SearchPermissions.MANAGE + "')")
    public String[] current() {
        return new String[] {
            store.get(SettingsStore.SYNONYMS).orElse(""),
            store.get(SettingsStore.PROTECTED).orElse("")
        };
    }

    @Transactional
    @PreAuthorize("hasAuthority('" + SearchPermissions.MANAGE + "')")
    public void save(String synonyms, String protectedTerms) {
        String syn = synonyms == null ? "" : synonyms.strip();
        String prot = protectedTerms == null ? "" : protectedTerms.strip();
        if (syn.length() > 50_000) {
            throw DomainException.onField("synonyms", "search.terms.tooLong");
        }
        if (prot.length() > 50_000) {
            throw DomainException.onField("protectedTerms", "search.terms.tooLong");
        }
        for (String term : SearchTerms.lines(prot)) {
            if (term.length() > MAX_TERM || term.chars().anyMatch(Character::isWhitespace)) {
                throw DomainException.onField("protectedTerms", "search.terms.badTerm", term);
            }
        }
        SearchTerms terms = SearchTerms.of(syn, prot);
        try {
            ChineseAnalyzer.forSearch(terms).close();
        } catch (IllegalArgumentException e) {
            throw DomainException.onField("synonyms", "search.terms.badSynonyms", String.valueOf(e.getMessage()));
        }
        String by = access.requireUser().getUsername();
        store.put(SettingsStore.SYNONYMS, syn, by);
        store.put(SettingsStore.PROTECTED, String.join("\n", SearchTerms.lines(prot)), by);
        events.publishEvent(new SearchTermsChanged(
                terms.synonymLines(), terms.protectedTerms().size()));
    }
}
