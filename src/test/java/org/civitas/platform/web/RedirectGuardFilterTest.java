package org.civitas.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.civitas.platform.HostSettings;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RedirectGuardFilterTest {

    @Test
    void aRedirectToTheRequestsOwnHostBecomesRelative() {
        assertThat(guard("http://evil.example.com/login?x=1#f", "evil.example.com", false))
                .isEqualTo("/login?x=1#f");
        assertThat(guard("https://EVIL.example.com", "evil.example.com", false)).isEqualTo("/");
        // relative ones and other hosts (an identity provider) are not the request's doing
        assertThat(guard("/admin", "evil.example.com", false)).isEqualTo("/admin");
        assertThat(guard("https://idp.gov.cn/auth", "evil.example.com", false)).isEqualTo("https://idp.gov.cn/auth");
        // a configured host keeps a change of scheme; otherwise its redirects become relative too
        assertThat(guard("https://console.gov.cn/login", "console.gov.cn", true))
                .isEqualTo("https://console.gov.cn/login");
        assertThat(guard("http://console.gov.cn:8080/login", "console.gov.cn", true))
                .isEqualTo("/login");
        assertThat(guard("https://evil.example.com/login", "evil.example.com", false))
                .isEqualTo("/login");
    }

    @Test
    void anotherPortOfTheSameHostNameIsAnotherAddress() {
        // an identity provider beside the application on one machine keeps its address
        assertThat(RedirectGuardFilter.guard("http://localhost:9000/authorize?x=1", "localhost", 8080, "http", false))
                .isEqualTo("http://localhost:9000/authorize?x=1");
        assertThat(RedirectGuardFilter.guard("http://localhost:8080/admin", "localhost", 8080, "http", false))
                .isEqualTo("/admin");
        assertThat(RedirectGuardFilter.guard("http://evil.example.com/login", "evil.example.com", 80, "http", false))
                .isEqualTo("/login");
    }

    private static String guard(String location, String host, boolean trusted) {
        return RedirectGuardFilter.guard(location, host, "http", trusted);
    }

    @Test
    void everyWayOfRedirectingIsGuarded() throws Exception {
        var hosts = new HostSettings(new HostSettings.Console("console.gov.cn"), List.of("www.example.gov.cn"));
        var filter = new RedirectGuardFilter(hosts);
        var request = new MockHttpServletRequest("GET", "/admin");
        request.setServerName("evil.example.com");
        request.setServerPort(8080); // as a forged "Host: evil.example.com:8080" sets it
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(
                    jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res)
                    throws java.io.IOException {
                res.sendRedirect("http://evil.example.com:8080/login");
            }
        }));
        assertThat(response.getRedirectedUrl()).isEqualTo("/login");

        var header = new MockHttpServletResponse();
        filter.doFilter(request, header, new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(
                    jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res) {
                res.setStatus(303);
                res.setHeader("Location", "http://evil.example.com:8080/s/x/");
            }
        }));
        assertThat(header.getHeader("Location")).isEqualTo("/s/x/");
    }

    @Test
    void hostsAreTrustedByConfigurationOnly() {
        var hosts = new HostSettings(new HostSettings.Console(" Console.gov.cn "), List.of("www.example.gov.cn"));
        assertThat(hosts.consoleHost()).contains("console.gov.cn");
        assertThat(hosts.singleHost()).isFalse();
        assertThat(hosts.trusts("CONSOLE.gov.cn")).isTrue();
        assertThat(hosts.trusts("www.example.gov.cn")).isTrue();
        assertThat(hosts.trusts("localhost")).isTrue();
        assertThat(hosts.trusts("evil.example.com")).isFalse();
        assertThat(hosts.trusts(null)).isFalse();
        assertThat(new HostSettings(null, null).singleHost()).isTrue();
    }
}
