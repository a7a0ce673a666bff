package org.civitas.support;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.civitas.platform.NotFoundException;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * An API that exists only in the integration tests' application, imported by {@link CivitasIntegrationTest} (so
 * the test of error responses shares the application instead of starting one of its own): it validates a body
 * and fails with "not found" on purpose (ErrorResponsesIntegrationTest). A test configuration, so that the
 * application's component scan leaves it out of the contexts that do not import it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestOnlyApi {

    /** A body with one required field. */
    public record Sample(@NotBlank String name) {}

    /** Registered as a member class of this configuration. */
    @RestController
    static class SampleApi {

        @PostMapping("/api/v1/test-samples")
        Sample create(@Valid @RequestBody Sample sample) {
            return sample;
        }

        @GetMapping("/api/v1/test-samples/{type}/{id}")
        Sample missing(@PathVariable String type, @PathVariable long id) {
            throw new NotFoundException(type, id);
        }
    }
}
