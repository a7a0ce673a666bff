package org.civitas.identity.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.civitas.identity.SecurityLabel;
import org.civitas.identity.SecurityLabels;
import org.springframework.stereotype.Component;

@Component
class ConfiguredSecurityLabels implements SecurityLabels {

    private final List<SecurityLabel> labels;

    ConfiguredSecurityLabels(IdentitySettings settings) {
        this.labels = settings.securityLabels().stream()
                .sorted(Comparator.comparingInt(SecurityLabel::rank))
                .toList();
    }

    @Override
    public List<SecurityLabel> all() {
        return labels;
    }

    @Override
    public Optional<SecurityLabel> find(String code) {
        return labels.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    @Override
    public SecurityLabel lowest() {
        return labels.getFirst();
    }

    @Override
    public Set<String> readableWith(String clearance) {
        int rank = find(clearance).map(SecurityLabel::rank).orElse(Integer.MIN_VALUE);
        return labels.stream()
                .filter(l -> l.rank() <= rank)
                .map(SecurityLabel::code)
                .collect(Collectors.toUnmodifiableSet());
    }
}
