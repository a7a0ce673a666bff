package org.civitas.exchange.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Configuration;

/** Parsing, help and usage errors: answered by picocli alone, without starting the application. */
class LauncherTest {

    /** Stands in for the application: starting it fails loudly, so a test that reaches Spring shows exit code 3. */
    @Configuration(proxyBeanMethods = false)
    static class MustNotStart {
        MustNotStart() {
            throw new IllegalStateException("the application must not start for this command line");
        }
    }

    private final TestTerminal io = TestTerminal.english();

    private int run(TestTerminal terminal, String... args) {
        return new Launcher(MustNotStart.class, terminal.terminal).execute(args);
    }

    @Test
    void servesByDefaultAndWhenSpringOptionsComeFirst() {
        assertThat(Launcher.route()).containsExactly("serve");
        assertThat(Launcher.route("--server.port=9090", "--demo"))
                .containsExactly("serve", "--server.port=9090", "--demo");
        assertThat(Launcher.route("--help")).containsExactly("--help");
        assertThat(Launcher.route("--version")).containsExactly("--version");
        assertThat(Launcher.route("create-token", "--user", "ops")).containsExactly("create-token", "--user", "ops");
    }

    @Test
    void helpListsEveryCommandAndTheExitCodes() {
        assertThat(run(io, "--help")).isZero();
        assertThat(io.out())
                .contains("serve", "create-admin", "reset-password", "create-token", "version", "help")
                .contains("Exit codes:", "refused by a business rule");
        assertThat(io.err()).isEmpty();
    }

    @Test
    void helpCommandAndCommandHelpShowTheCommandsOptions() {
        assertThat(run(io, "help", "create-token")).isZero();
        assertThat(io.out()).contains("--user=NAME", "--days=N", "default: 90", "--name=TEXT", "default: cli");

        var again = TestTerminal.english();
        assertThat(run(again, "create-admin", "--help")).isZero();
        assertThat(again.out()).contains("--username=NAME", "--display-name=TEXT", "--password-stdin", "--data-dir");
    }

    @Test
    void helpFollowsAChineseLocale() {
        var chinese = new TestTerminal("", Map.of("LANG", "zh_CN.UTF-8"));
        assertThat(run(chinese, "--help")).isZero();
        assertThat(chinese.out()).contains("用法", "命令：", "退出码");
    }

    @Test
    void unknownCommandsAndMissingOptionsAreUsageErrors() {
        assertThat(run(io, "frobnicate")).isEqualTo(ExitCodes.USAGE);
        assertThat(io.err()).contains("frobnicate");

        var missing = TestTerminal.english();
        assertThat(run(missing, "create-admin")).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("Missing required option", "--username");

        var wrongType = TestTerminal.english();
        assertThat(run(wrongType, "create-token", "--user", "ops", "--days", "many"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(wrongType.err()).contains("--days", "many");
    }

    @Test
    void anEmptyStandardInputIsAUsageErrorBeforeAnythingStarts() {
        var empty = new TestTerminal("", Map.of("LANG", "C"));
        assertThat(run(empty, "reset-password", "--user", "ops", "--password-stdin"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(empty.err()).contains("--password-stdin expects the password");
    }

    @Test
    void versionNamesCivitasAndJava() {
        assertThat(run(io, "version")).isZero();
        assertThat(io.out())
                .startsWith("Civitas ")
                .contains("Java " + Runtime.version().feature());

        var option = TestTerminal.english();
        assertThat(run(option, "--version")).isZero();
        assertThat(option.out()).startsWith("Civitas ");
    }
}
