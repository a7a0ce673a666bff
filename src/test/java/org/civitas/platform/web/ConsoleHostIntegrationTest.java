package org.civitas.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The production layout through real HTTP (Tomcat's valves included): the console on its own host,
 * public hosts refusing it, forwarded headers ignored from a client that is no trusted proxy, and
 * redirects that never carry the host a request names. Raw requests, so that any {@code Host} can be sent.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "civitas.demo.mode=always",
            "civitas.identity.admin-password=Console#Host-2026",
            "civitas.console.host=console.civitas.test",
            "civitas.trusted-proxies=192.0.2.7/32"
        })
class ConsoleHostIntegrationTest {

    private static final String CONSOLE = "console.civitas.test";
    private static final String PUBLIC = "www.abazhou.gov.cn";

    @LocalServerPort
    int port;

    @Test
    void publicHostsRefuseTheConsoleItsSignInAndItsApi() throws IOException {
        for (String path : List.of(
                "/admin", "/admin/users", "/login", "/api/v1/me", "/swagger-ui.html", "/v3/api-docs", "//admin")) {
            assertThat(get(PUBLIC, path).status).as(path).isIn(400, 404);
            assertThat(get("evil.example.com", path).status).as(path).isIn(400, 404);
        }
        // what is public by design stays public there
        assertThat(get(PUBLIC, "/api/v1/sites/5132000001/articles").status).isEqualTo(200);
        assertThat(get(PUBLIC, "/s/5132000001/").status).isEqualTo(200);
        assertThat(get(PUBLIC, "/assets/default/css/site.css").status).isEqualTo(200);
        assertThat(get(PUBLIC, "/actuator/health").status).isEqualTo(200);
    }

    @Test
    void theConsoleHostServesTheConsoleAndNothingAThemeMade() throws IOException {
        Response admin = get(CONSOLE, "/admin");
        assertThat(admin.status).isEqualTo(302);
        assertThat(admin.header("Location")).isEqualTo("/login");
        Response login = get(CONSOLE, "/login");
        assertThat(login.status).isEqualTo(200);
        // host-only session cookie: no Domain, so no other host (a site's) ever receives it
        assertThat(login.headers("Set-Cookie"))
                .isNotEmpty()
                .allSatisfy(
                        cookie -> assertThat(cookie.toLowerCase(Locale.ROOT)).doesNotContain("domain="));
        assertThat(login.headers("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("CIVITAS_SESSION="));

        assertThat(get(CONSOLE, "/s/5132000001/").status).isEqualTo(404);
        assertThat(get(CONSOLE, "/assets/default/js/site.js").status).isEqualTo(404);
        assertThat(get(CONSOLE, "/c/1/").status).isEqualTo(404);
        Response root = get(CONSOLE, "/");
        assertThat(root.status).isEqualTo(302);
        assertThat(root.header("Location")).isEqualTo("/admin");
        assertThat(get(CONSOLE, "/webjars/bootstrap/5.3.8/css/bootstrap.min.css").status)
                .isNotEqualTo(500);
    }

    @Test
    void forwardedHeadersFromAClientThatIsNoTrustedProxyChangeNothing() throws IOException {
        Response response = get(
                CONSOLE,
                "/admin",
                "X-Forwarded-Host: evil.example.com",
                "X-Forwarded-Proto: https",
                "X-Forwarded-For: 203.0.113.9");
        assertThat(response.status).isEqualTo(302);
        assertThat(response.header("Location")).isEqualTo("/login");
        assertThat(response.header("Strict-Transport-Security")).isNull();
        // the forwarded host does not make the console host a public one either
        assertThat(get(PUBLIC, "/admin", "X-Forwarded-Host: " + CONSOLE).status).isEqualTo(404);
    }

    @Test
    void publicPagesCarryTheSecurityHeadersOnFirstAndCachedRequests() throws IOException {
        for (int i = 0; i < 2; i++) {
            Response page = get(PUBLIC, "/s/5132000002/");
            assertThat(page.status).isEqualTo(200);
            assertThat(page.header("X-Frame-Options")).isEqualTo("SAMEORIGIN");
            assertThat(page.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
            assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(page.header("Content-Security-Policy")).contains("frame-ancestors");
        }
        Response refused = get(PUBLIC, "/admin");
        assertThat(refused.header("X-Frame-Options")).isEqualTo("SAMEORIGIN");
    }

    @Test
    void withTheConsoleOnItsOwnHostAThemeWithScriptAndSvgInstallsAtOnce() throws Exception {
        java.nio.file.Path root = java.nio.file.Path.of(
                getClass().getClassLoader().getResource("themes/default").toURI());
        var out = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out);
                var walk = java.nio.file.Files.walk(root)) {
            for (var file : walk.filter(java.nio.file.Files::isRegularFile).toList()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(
                        root.relativize(file).toString().replace('\\', '/')));
                zip.write(java.nio.file.Files.readAllBytes(file));
                zip.closeEntry();
            }
            zip.putNextEntry(new java.util.zip.ZipEntry("assets/img/logo.svg"));
            zip.write("<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        var outcome = installation.install("host-svg", out.toByteArray(), 8 << 20);
        assertThat(outcome.pending()).isFalse();
        assertThat(hosts.singleHost()).isFalse();
        // and its SVG is served on the sites' hosts only, sandboxed
        Response svg = get(PUBLIC, "/assets/host-svg/img/logo.svg");
        assertThat(svg.status).isEqualTo(200);
        assertThat(svg.header("Content-Security-Policy")).startsWith("sandbox");
        assertThat(get(CONSOLE, "/assets/host-svg/img/logo.svg").status).isEqualTo(404);
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.civitas.publishing.internal.ThemeInstallation installation;

    @org.springframework.beans.factory.annotation.Autowired
    org.civitas.platform.HostSettings hosts;

    private Response get(String host, String path, String... headers) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            var request = new StringBuilder(
                    "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: text/html,*/*;q=0.8\r\n");
            for (String h : headers) {
                request.append(h).append("\r\n");
            }
            request.append("Connection: close\r\n\r\n");
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            return Response.parse(socket.getInputStream());
        }
    }

    record Response(int status, List<String> lines) {

        static Response parse(InputStream in) throws IOException {
            String text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            String[] head = (end < 0 ? text : text.substring(0, end)).split("\r\n");
            int status = Integer.parseInt(head[0].split(" ")[1]);
            return new Response(status, List.of(head).subList(1, head.length));
        }

        List<String> headers(String name) {
            List<String> values = new ArrayList<>();
            for (String line : lines) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                    values.add(line.substring(colon + 1).strip());
                }
            }
            return values;
        }

        String header(String name) {
            List<String> values = headers(name);
            return values.isEmpty() ? null : values.getFirst();
        }
    }
}
