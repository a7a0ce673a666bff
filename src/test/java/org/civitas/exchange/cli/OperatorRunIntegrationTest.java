package org.civitas.exchange.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.civitas.platform.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * How an operator command runs inside a (deliberately tiny) application: who it acts as, what it
 * prints where, which exit code each kind of failure gives, and that the application is closed.
 */
class OperatorRunIntegrationTest {

    @Configuration(proxyBeanMethods = false)
    static class Tiny {
        @Bean
        StaticMessageSource messageSource() {
            var messages = new StaticMessageSource();
            messages.addMessage("user.unknown", Locale.ENGLISH, "There is no user \"{0}\".");
            messages.addMessage("user.unknown", Locale.SIMPLIFIED_CHINESE, "用户“{0}”不存在。");
            return messages;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class DatabaseInUse {
        DatabaseInUse() {
            throw new IllegalStateException(
                    "Unable to obtain connection", new SQLException("Database may be already in use", "90020", 90020));
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Broken {
        Broken() {
            throw new IllegalStateException("the data directory is not writable");
        }
    }

    @TempDir
    Path dataDir;

    private final TestTerminal io = TestTerminal.english();

    private int run(Class<?> application, TestTerminal terminal, Function<ApplicationContext, Outcome> work) {
        var cli = new Cli(application, terminal.terminal, new CliMessages(terminal.terminal.locale()));
        var options = new OperatorOptions();
        options.dataDir = dataDir;
        return new OperatorRun(cli).run("test-command", options, work);
    }

    @Test
    void actsAsTheOperatingSystemUserPrintsTheValueLastAndClosesTheApplication() {
        AtomicReference<Authentication> actor = new AtomicReference<>();
        AtomicReference<ConfigurableApplicationContext> started = new AtomicReference<>();

        int code = run(Tiny.class, io, context -> {
            actor.set(SecurityContextHolder.getContext().getAuthentication());
            started.set((ConfigurableApplicationContext) context);
            assertThat(context.getEnvironment().getProperty("civitas.command")).isEqualTo("test-command");
            return new Outcome("note for the person", "value-for-the-script");
        });

        assertThat(code).isZero();
        assertThat(actor.get().getName()).isEqualTo("cli:" + System.getProperty("user.name"));
        assertThat(actor.get().getAuthorities()).isEmpty();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        assertThat(started.get().isActive()).isFalse();
        assertThat(io.err()).isEqualTo("note for the person" + System.lineSeparator());
        assertThat(io.out()).isEqualTo("value-for-the-script" + System.lineSeparator());
    }

    @Test
    void aBusinessRefusalIsExplainedInTheOperatorsLanguage() {
        int code = run(Tiny.class, io, context -> {
            throw new DomainException("user.unknown", "nobody");
        });
        assertThat(code).isEqualTo(ExitCodes.REFUSED);
        assertThat(io.err().strip()).isEqualTo("Refused: There is no user \"nobody\".");
        assertThat(io.out()).isEmpty();

        var chinese = new TestTerminal("", Map.of("LANG", "zh_CN.UTF-8"));
        assertThat(run(Tiny.class, chinese, context -> {
                    throw new DomainException("user.unknown", "nobody");
                }))
                .isEqualTo(ExitCodes.REFUSED);
        assertThat(chinese.err().strip()).isEqualTo("已拒绝：用户“nobody”不存在。");
    }

    @Test
    void anUnexpectedFailureIsAnEnvironmentProblem() {
        int code = run(Tiny.class, io, context -> {
            throw new IllegalStateException("disk full");
        });
        assertThat(code).isEqualTo(ExitCodes.ENVIRONMENT);
        assertThat(io.err()).contains("The command failed: disk full", "civitas.log");
    }

    @Test
    void aDatabaseInUseIsSaidPlainly() {
        int code = run(DatabaseInUse.class, io, context -> Outcome.note("never"));
        assertThat(code).isEqualTo(ExitCodes.ENVIRONMENT);
        assertThat(io.err())
                .startsWith("The embedded database in ")
                .contains("is in use by a running Civitas server; stop it first, or use the web console / PostgreSQL");
        assertThat(io.err()).doesNotContain("never");
    }

    @Test
    void anyOtherStartFailureNamesItsCause() {
        int code = run(Broken.class, io, context -> Outcome.note("never"));
        assertThat(code).isEqualTo(ExitCodes.ENVIRONMENT);
        assertThat(io.err()).contains("Civitas could not start: the data directory is not writable");
    }
}
