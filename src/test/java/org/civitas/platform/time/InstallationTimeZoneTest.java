package org.civitas.platform.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class InstallationTimeZoneTest {

    @Test
    void theInstallationsZoneBecomesTheJvmsAndAMistypedOneIsRefusedWithTheSettingsName() {
        TimeZone before = TimeZone.getDefault();
        try {
            new InstallationTimeZone()
                    .postProcessEnvironment(
                            new MockEnvironment().withProperty("civitas.time-zone", "Asia/Urumqi"), null);
            assertThat(ZoneId.systemDefault()).isEqualTo(ZoneId.of("Asia/Urumqi"));

            new InstallationTimeZone().postProcessEnvironment(new MockEnvironment(), null);
            assertThat(ZoneId.systemDefault()).isEqualTo(ZoneId.of("Asia/Shanghai"));

            assertThatThrownBy(() -> InstallationTimeZone.parse("Beijing"))
                    .hasMessageContaining("civitas.time-zone=Beijing")
                    .hasMessageContaining("Asia/Shanghai");
        } finally {
            TimeZone.setDefault(before);
        }
    }
}
