package org.civitas.identity.internal;

import java.nio.file.Path;
import org.civitas.platform.PublicPaths;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The second factor's key and its sign-in pages, which people reach before they are signed in. */
@Configuration(proxyBeanMethods = false)
class SecondFactorConfiguration {

    @Bean
    SecretCipher secondFactorCipher(SecondFactorSettings settings, @Value("${civitas.data-dir:./data}") Path dataDir) {
        return SecretCipher.configured(settings.key(), dataDir);
    }

    @Bean
    PublicPaths secondFactorPublicPaths() {
        return PublicPaths.of(SecondFactorStep.CODE_PAGE, SecondFactorStep.ENROL_PAGE);
    }
}
