package org.civitas.platform.time;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.TimeZone;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Sets the JVM's time zone to the installation's ({@code civitas.time-zone}, default Asia/Shanghai)
 * before anything starts. Servers often run in UTC, and every time a person reads — console lists,
 * audit records, review histories, the day a month's statistics begin — was shown and counted eight
 * hours off. The database keeps instants in UTC whatever this is, so changing it moves no data.
 */
public class InstallationTimeZone implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY = "civitas.time-zone";
    static final String DEFAULT = "Asia/Shanghai";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String zone = environment.getProperty(PROPERTY, DEFAULT);
        TimeZone.setDefault(TimeZone.getTimeZone(parse(zone)));
    }

    /** The zone named, refused with the setting's name and value when it names none. */
    static ZoneId parse(String zone) {
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            throw new IllegalStateException(
                    PROPERTY + "=" + zone + " is not a time zone; use a region such as Asia/Shanghai", e);
        }
    }

    /** After the configuration files are read, so that application.yml and the environment can set it. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
