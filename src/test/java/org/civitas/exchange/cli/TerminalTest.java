package org.civitas.exchange.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TerminalTest {

    private static Locale localeWith(Map<String, String> env) {
        return new Terminal(System.out, System.err, System.in, env).locale();
    }

    @Test
    void chineseOnlyWhenTheLocaleVariablesSaySo() {
        assertThat(localeWith(Map.of("LANG", "zh_CN.UTF-8"))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(localeWith(Map.of("LANG", "zh_TW.UTF-8"))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(localeWith(Map.of("LANG", "en_GB.UTF-8"))).isEqualTo(Locale.ENGLISH);
        assertThat(localeWith(Map.of("LANG", "C.UTF-8"))).isEqualTo(Locale.ENGLISH);
        assertThat(localeWith(Map.of("LANG", "de_DE.UTF-8"))).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void lcAllAndLcMessagesOverrideLang() {
        assertThat(localeWith(Map.of("LANG", "zh_CN.UTF-8", "LC_ALL", "C"))).isEqualTo(Locale.ENGLISH);
        assertThat(localeWith(Map.of("LANG", "en_US.UTF-8", "LC_MESSAGES", "zh_CN.UTF-8")))
                .isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(localeWith(Map.of("LANG", "zh_CN.UTF-8", "LC_ALL", ""))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }
}
