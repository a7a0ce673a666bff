package org.civitas.search.internal;

import java.nio.file.Path;
import org.civitas.search.SearchSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The search engine, on the backend and in the folder the settings name. */
@Configuration(proxyBeanMethods = false)
class SearchEngineConfiguration {

    /** Opened at start, so that a backend that cannot be reached stops the application with a clear message. */
    @Bean(initMethod = "start", destroyMethod = "close")
    SearchEngine searchEngine(
            SearchSettings settings, @Value("${civitas.data-dir}") Path dataDir, SettingsStore store) {
        Path root = settings.directory() != null ? settings.directory() : dataDir.resolve("search");
        return new SearchEngine(settings, root, store);
    }
}
