package org.civitas.platform.crypto.internal;

import org.civitas.platform.crypto.CryptoSettings;
import org.civitas.platform.crypto.FieldCipher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The field cipher, made while the application starts: a missing or unreadable keystore stops the
 * start-up with its reason, rather than the first read of a sensitive field failing later.
 */
@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

    @Bean
    FieldCipher fieldCipher(CryptoSettings settings) {
        return new KeystoreFieldCipher(FieldKeys.load(settings), settings.encryptsFields());
    }
}
