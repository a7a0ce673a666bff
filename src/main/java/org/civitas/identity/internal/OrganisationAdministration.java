package org.civitas.identity.internal;

import static org.civitas.identity.IdentityPermissions.ORGANISATION_READ;
import static org.civitas.identity.IdentityPermissions.ORGANISATION_WRITE;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.civitas.identity.IdentityEvent.OrganisationCreated;
import org.civitas.identity.IdentityEvent.OrganisationDeleted;
import org.civitas.identity.IdentityEvent.OrganisationMoved;
import org.civitas.identity.IdentityEvent.OrganisationUpdated;
import org.civitas.identity.IdentityPermissions;
import org.civitas.identity.OrganisationDraft;
import org.civitas.identity.OrganisationScope;
import org.civitas.identity.OrganisationService;
import org.civitas.identity.OrganisationView;
import org.civitas.platform.DomainException;
import org.civitas.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class OrganisationAdministration implements OrganisationService {

    private final Organisations organisations;
    private final Users users;
    private final RoleGrants grants;
    private final CurrentAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrganisationAdministration(
            Organisations organisations,
            Users users,
            RoleGrants grants,
            CurrentAccess access,
            ApplicationEventPublisher events,
            Clock clock) {
        this.organisations = organisations;
        this.users = users;
        this.grants = grants;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('" + IdentityPermissions.ORGANISATION_READ + "')")
    public List<OrganisationView> visibleTree() {
        OrganisationScope scope = access.scope(ORGANISATION_READ);
        var found = scope.all()
                ? organisations.findAllInTreeOrder()
                : organisations.findAllInTreeOrder(scope.organisationIds());
        return found.stream().map(Organisation::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('" + IdentityPermissions.ORGANISATION_READ + "')")
    public OrganisationView get(long id) {
        return readable(id).view();
    }

    @Override
    @PreAuthorize("hasAuthority('" + IdentityPermissions.ORGANISATION_WRITE + "')")
    public OrganisationView create(OrganisationDraft form) {
        Organisation parent = null;
        if (form.parentId() != null) {
            parent = writable(form.parentId());
        } else if (!access.scope(ORGANISATION_WRITE).all()) {
            throw DomainException.onField("parentId", "organisation.parent.required");
        }
        requireUniqueCode(form.code(), null);
        var org = organisations.save(new Organisation(
                form.name().strip(), form.code().strip(), form.kind(), form.sortOrder(), clock.instant()));
        org.placeUnder(parent);
        events.publishEvent(new OrganisationCreated(org.id(), org.name(), org.parentId()));
        return org.view();
    }

    @Override
    @PreAuthorize("hasAuthority('" + IdentityPermissions.ORGANISATION_WRITE + "')")
    public OrganisationView update(long id, OrganisationDraft form) {
        Organisation org = writable(id);
        requireUniqueCode(form.code(), id);
        org.rename(form.name().strip(), form.code().strip(), form.kind(), form.sortOrder());
        if (!Objects.equals(form.parentId(), org.parentId())) {
            org = relocate(org, form.parentId());
        }
        events.publishEvent(new OrganisationUpdated(id, org.name(), org.code(), form.kind()));
        return org.view();
    }

    @Override
    @PreAuthorize("hasAuthority('" + IdentityPermissions.ORGANISATION_WRITE + "')")
    public OrganisationView move(long id, Long newParentId) {
        Organisation org = writable(id);
        Long from = org.parentId();
        Organisation moved = relocate(org, newParentId);
        events.publishEvent(new OrganisationMoved(id, moved.name(), from, newParentId));
        return moved.view();
    }

    /** Moves the organisation and rewrites its subtree's paths; refuses cycles and moves outside the scope. */
    private Organisation relocate(Organisation org, Long newParentId) {
        Organisation parent = null;
        if (newParentId != null) {
            parent = writable(newParentId);
            if (org.isAncestorOrSelfOf(parent)) {
                throw DomainException.onField("parentId", "organisation.move.cycle", org.name(), parent.name());
            }
        } else if (!access.scope(ORGANISATION_WRITE).all()) {
            throw DomainException.onField("parentId", "organisation.parent.required");
        }
        long id = org.id();
        String oldPath = org.path();
        int oldDepth = org.depth();
        String newPath = (parent == null ? "/" : parent.path()) + id + "/";
        int newDepth = parent == null ? 0 : parent.depth() + 1;
        organisations.saveAndFlush(org);
        organisations.rewritePaths(oldPath, oldPath.length(), newPath, newDepth - oldDepth);
        Organisation moved = organisations.findById(id).orElseThrow();
        moved.placeUnder(
                newParentId == null ? null : organisations.findById(newParentId).orElseThrow());
        return moved;
    }

    @Override
    @PreAuthorize("hasAuthority('" + IdentityPermissions.ORGANISATION_WRITE + "')")
    public void delete(long id) {
        Organisation org = writable(id);
        if (organisations.existsByParentId(id)) {
            throw new DomainException("organisation.delete.hasChildren", org.name());
        }
        if (users.existsByOrganisationId(id)) {
            throw new DomainException("organisation.delete.hasUsers", org.name());
        }
        if (grants.existsByOrganisationId(id)) {
            throw new DomainException("organisation.delete.hasGrants", org.name());
        }
        organisations.delete(org);
        events.publishEvent(new OrganisationDeleted(id, org.name()));
    }

    private Organisation readable(long id) {
        return organisations
                .findById(id)
                .filter(o -> access.scope(ORGANISATION_READ).contains(o.id()))
                .orElseThrow(() -> new NotFoundException("Organisation", id));
    }

    private Organisation writable(long id) {
        Organisation org = readable(id);
        access.checkScope(ORGANISATION_WRITE, org.id());
        return org;
    }

    private void requireUniqueCode(String code, Long self) {
        organisations.findByCode(code.strip()).filter(o -> !o.id().equals(self)).ifPresent(o -> {
            throw DomainException.onField("code", "organisation.code.taken", code);
        });
    }
}
