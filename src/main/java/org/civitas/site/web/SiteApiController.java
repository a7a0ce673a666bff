package org.civitas.site.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.civitas.platform.DomainException;
import org.civitas.platform.NotFoundException;
import org.civitas.site.ChannelView;
import org.civitas.site.NewSite;
import org.civitas.site.Registration;
import org.civitas.site.SiteKind;
import org.civitas.site.SiteService;
import org.civitas.site.SiteView;
import org.civitas.site.trusted.SiteDirectory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sites for scripts and provincial tooling: list the sites the caller manages, create a site from a
 * blueprint in one call, read a site's channel tree. Permissions are the service's (site:create to
 * create, site:manage for one's own sites).
 */
@RestController
@RequestMapping("/api/v1/sites")
@Tag(name = "Sites", description = "Sites of the cluster and their channels")
class SiteApiController {

    private final SiteService sites;
    private final SiteDirectory directory;

    SiteApiController(SiteService sites, SiteDirectory directory) {
        this.sites = sites;
        this.directory = directory;
    }

    @GetMapping
    @Operation(summary = "The sites the caller may manage, parents before children")
    List<SiteView> manageable() {
        return sites.manageable();
    }

    @PostMapping
    @Operation(summary = "Create a site with every channel of its blueprint (needs site:create)")
    ResponseEntity<SiteView> create(@RequestBody SiteRequest request) {
        SiteView created = sites.create(request.toNewSite(directory));
        return ResponseEntity.created(URI.create("/api/v1/sites/" + created.siteCode()))
                .body(created);
    }

    @GetMapping("/{siteCode}/channels")
    @Operation(summary = "The channel tree of a site the caller manages")
    List<ChannelView> channels(@PathVariable String siteCode) {
        SiteView site = directory.findByCode(siteCode).orElseThrow(() -> new NotFoundException("Site", siteCode));
        if (!sites.canManage(site.id())) {
            // the same answer as for a site that does not exist: do not reveal other sites' structure
            throw new NotFoundException("Site", siteCode);
        }
        return directory.channels(site.id());
    }

    /**
     * A site to create. The parent is named by its site code, so that scripts need no database ids.
     *
     * @param parentCode site code of the parent site, or {@code null} for a root site
     */
    record SiteRequest(
            String name,
            SiteKind kind,
            String parentCode,
            Long organisationId,
            List<String> domains,
            String siteCode,
            Registration registration,
            String blueprintCode,
            String theme,
            List<String> administrators) {

        NewSite toNewSite(SiteDirectory directory) {
            if (organisationId == null) {
                throw DomainException.onField("organisationId", "site.organisation.required");
            }
            Long parentId = null;
            if (parentCode != null && !parentCode.isBlank()) {
                parentId = directory
                        .findByCode(parentCode.strip())
                        .map(SiteView::id)
                        .orElseThrow(
                                () -> DomainException.onField("parentCode", "site.parent.unknownCode", parentCode));
            }
            return new NewSite(
                    name,
                    kind,
                    parentId,
                    organisationId,
                    domains == null ? List.of() : domains,
                    siteCode,
                    registration == null ? Registration.none() : registration,
                    blueprintCode,
                    theme,
                    administrators == null ? List.of() : administrators);
        }
    }
}
