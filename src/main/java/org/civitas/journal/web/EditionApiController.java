package org.civitas.journal.web;

import static org.civitas.journal.JournalPermissions.COMPILE;
import static org.civitas.journal.JournalPermissions.READ;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.civitas.identity.AccessControl;
import org.civitas.journal.EditionQuery;
import org.civitas.journal.EditionService;
import org.civitas.journal.EditionState;
import org.civitas.journal.EditionSummary;
import org.civitas.journal.EditionView;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Journal editions for other systems (API token or console session): the editions the caller may
 * read, and one of them. The same rules as the console: a reader sees released editions of journals
 * whose audience includes them, up to their clearance; an edition they may not read is answered as
 * if it did not exist. Each read of an edition is audited.
 */
@RestController
@RequestMapping("/api/v1/editions")
@Tag(name = "Editions", description = "Reading the journal editions the caller is allowed to read")
class EditionApiController {

    private static final int MAX_SIZE = 100;

    private final EditionService editions;
    private final AccessControl access;

    EditionApiController(EditionService editions, AccessControl access) {
        this.editions = editions;
        this.access = access;
    }

    @GetMapping
    @Operation(
            summary = "The editions the caller may read, newest first",
            description = "Filters by journal, state and year; paged (size at most 100). Needs journal:read or"
                    + " journal:compile.")
    EditionPage list(
            @RequestParam(required = false) Long journalId,
            @RequestParam(required = false) EditionState state,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        access.requireAny(COMPILE, READ);
        int checkedSize = Math.clamp(size, 1, MAX_SIZE);
        var result =
                editions.list(new EditionQuery(journalId, state, year), PageRequest.of(Math.max(page, 0), checkedSize));
        return new EditionPage(result.getContent(), result.getNumber(), result.getSize(), result.getTotalElements());
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "One edition with its sections and items",
            description = "Compilers get any edition in their scope; readers a released edition they may read."
                    + " Every read is audited. Otherwise 404.")
    EditionView get(@PathVariable long id) {
        access.requireAny(COMPILE, READ);
        return editions.open(id);
    }

    /** One page of editions. */
    record EditionPage(List<EditionSummary> items, int page, int size, long total) {}
}
