package org.civitas.identity.internal;

import java.util.List;
import org.civitas.identity.SecurityLabel;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the identity module ({@code civitas.identity.*}).
 *
 * @param securityLabels the ordered labels, least sensitive first
 * @param rootOrganisation name of the root organisation created on a first start without demo data
 * @param adminPassword password of the first {@code admin}; generated and printed once when blank
 * @param maxTokenDays longest validity of an API token
 */
@ConfigurationProperties("civitas.identity")
record IdentitySettings(
        List<SecurityLabel> securityLabels, String rootOrganisation, String adminPassword, Integer maxTokenDays) {

    IdentitySettings {
        if (securityLabels == null || securityLabels.isEmpty()) {
            securityLabels = List.of(
                    new SecurityLabel("PUBLIC", 0, "公开", "Public"),
                    new SecurityLabel("INTERNAL", 1, "内部", "Internal"),
                    new SecurityLabel("SENSITIVE", 2, "敏感", "Sensitive"));
        }
        if (rootOrganisation == null || rootOrganisation.isBlank()) {
            rootOrganisation = "本级单位";
        }
        if (maxTokenDays == null) {
            maxTokenDays = 365;
        }
    }
}
