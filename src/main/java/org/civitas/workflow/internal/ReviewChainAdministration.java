package org.civitas.workflow.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.civitas.platform.DomainException;
import org.civitas.workflow.ReviewChain;
import org.civitas.workflow.ReviewChainChanged;
import org.civitas.workflow.ReviewChainDefined;
import org.civitas.workflow.ReviewChainDefinition;
import org.civitas.workflow.ReviewChainDeleted;
import org.civitas.workflow.ReviewChainService;
import org.civitas.workflow.WorkflowPermissions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class ReviewChainAdministration implements ReviewChainService {

    private final Chains chains;
    private final ChainValidator validator;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewChainAdministration(Chains chains, ChainValidator validator, ApplicationEventPublisher events, Clock clock) {
        this.chains = chains;
        this.validator = validator;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasAuthority('" + WorkflowPermissions.CHAIN_READ + "')")
    public List<ReviewChain> list() {
        return chains.findAllByOrderByCodeAsc().stream().map(Chain::view).toList();
    }

    @Override
    @PreAuthorize("hasAuthority('" + WorkflowPermissions.CHAIN_READ + "')")
    public Optional<ReviewChain> find(String code) {
        return code == null ? Optional.empty() : chains.findByCode(code).map(Chain::view);
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('" + WorkflowPermissions.CHAIN_WRITE + "')")
    public ReviewChain define(ReviewChainDefinition definition) {
        var checked = validator.check(definition);
        if (chains.existsByCode(checked.code())) {
            throw DomainException.onField("code", "workflow.chain.code.taken", checked.code());
        }
        var chain = chains.saveAndFlush(new Chain(checked.code(), checked.name(), checked.steps(), now()));
        events.publishEvent(new ReviewChainDefined(chain.code(), chain.name(), chain.stepCount()));
        return chain.view();
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('" + WorkflowPermissions.CHAIN_WRITE + "')")
    public ReviewChain change(String code, ReviewChainDefinition definition, long expectedVersion) {
        var chain = load(code);
        var checked = validator.check(definition);
        if (!checked.code().equals(chain.code())) {
            throw DomainException.onField("code", "workflow.chain.code.fixed");
        }
        if (chain.version() != expectedVersion) {
            throw new DomainException("workflow.chain.stale", chain.code());
        }
        chain.redefine(checked.name(), checked.steps(), now());
        chains.flush();
        events.publishEvent(new ReviewChainChanged(chain.code(), chain.name(), chain.stepCount()));
        return chain.view();
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('" + WorkflowPermissions.CHAIN_WRITE + "')")
    public void delete(String code) {
        var chain = load(code);
        chains.delete(chain);
        events.publishEvent(new ReviewChainDeleted(chain.code(), chain.name()));
    }

    /** Now, as precisely as the database keeps it, so that what is returned equals what is read back later. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private Chain load(String code) {
        return (code == null ? Optional.<Chain>empty() : chains.findByCode(code))
                .orElseThrow(() -> new DomainException("workflow.chain.unknown", code));
    }
}
