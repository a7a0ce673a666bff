package org.civitas.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.civitas.identity.DataScope;
import org.civitas.identity.IdentityPermissions;
import org.civitas.identity.OrganisationDraft;
import org.junit.jupiter.api.Test;

/** Every permission, data scope and organisation kind of the identity module has a readable name (bundle parity and template keys: MessageBundlesTest). */
class ConsoleMessagesTest {

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var in = ConsoleMessagesTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> chineseKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        keys.addAll(load("platform").stringPropertyNames());
        keys.addAll(load("identity").stringPropertyNames());
        return keys;
    }

    @Test
    void permissionsScopesAndKindsHaveReadableNames() throws Exception {
        Set<String> keys = chineseKeys();
        for (var field : IdentityPermissions.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                assertThat(keys).contains("permission." + field.get(null).toString());
            }
        }
        Arrays.stream(DataScope.values()).forEach(s -> assertThat(keys).contains("scope." + s));
        OrganisationDraft.KINDS.forEach(k -> assertThat(keys).contains("organisation.kind." + k));
    }
}
