package org.civitas.platform.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.civitas.platform.crypto.KeystoreException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;

class KeystoreFailureAnalyzerTest {

    @Test
    void aKeystoreProblemBuriedInBeanCreationIsReportedWithWhatToDo() {
        var failure = new BeanCreationException(
                "fieldCipher",
                "Failed to instantiate",
                new KeystoreException("The field keystore /x.p12 does not exist"));

        var analysis = new KeystoreFailureAnalyzer().analyze(failure);

        assertThat(analysis.getDescription()).isEqualTo("The field keystore /x.p12 does not exist");
        assertThat(analysis.getAction()).contains("civitas.crypto.keystore");
    }
}
