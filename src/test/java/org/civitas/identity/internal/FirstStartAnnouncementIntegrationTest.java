package org.civitas.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.civitas.support.CivitasIntegrationTest;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The first start's ready message lists every demo account with its display name and what it is for, as the last
 * thing printed (issue 11). Shares the demo tests' context ({@code DemoJobsIntegrationTest}).
 */
@DatabaseTest
@CivitasIntegrationTest
@RecordApplicationEvents
class FirstStartAnnouncementIntegrationTest {

    static final List<String> ACCOUNTS = List.of(
            "secadmin",
            "auditor",
            "wenchuan.admin",
            "portal.editor",
            "portal.reviewer",
            "wenchuan.editor",
            "wenchuan.reviewer",
            "desk.wenchuan",
            "desk.wenchuan.head",
            "desk.jiuzhaigou",
            "desk.jiuzhaigou.head",
            "desk.emergency",
            "desk.emergency.head",
            "desk.editor",
            "desk.head",
            "leader");

    @Autowired
    FirstStart firstStart;

    @Autowired
    Users users;

    @Test
    void theReadyMessageEndsWithEveryDemoAccountItsNameAndWhatItIsFor() {
        String text = firstStart.announcement("Shown#Once-2026", true, false);
        assertThat(text).contains("Civitas is ready: http://localhost:").contains("admin / Shown#Once-2026");
        List<String> lines = Arrays.stream(text.strip().split("\n")).toList();
        List<String> last = lines.subList(lines.size() - ACCOUNTS.size(), lines.size());
        for (int i = 0; i < ACCOUNTS.size(); i++) {
            String username = ACCOUNTS.get(i);
            String displayName =
                    users.findByUsernameIgnoreCase(username).orElseThrow().displayName();
            assertThat(last.get(i).strip())
                    .as("line of " + username)
                    .startsWith(username + " ")
                    .contains(displayName)
                    .matches(".* — .{10,}");
        }
    }

    @Test
    void withoutDemoDataTheMessageNamesNoDemoAccount() {
        String text = firstStart.announcement(null, false, false);
        assertThat(text)
                .contains("CIVITAS_ADMIN_PASSWORD")
                .doesNotContain("portal.editor")
                .doesNotContain("desk.head");
    }
}
