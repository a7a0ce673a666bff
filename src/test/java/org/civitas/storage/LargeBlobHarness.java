package org.civitas.storage;

import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civitas.CivitasApplication;
import org.civitas.identity.IdentityPermissions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Runs in a JVM of its own with a small heap (see {@link LargeBlobStreamingIntegrationTest}): starts
 * the whole application on a random port and pushes generated content through the real HTTP stack,
 * raw and multipart, up and down, checking every byte by its SHA-256. The client side streams too,
 * in the same small heap. Prints {@code VERIFIED} and exits 0 when everything matched.
 */
public final class LargeBlobHarness {

    private static final long RAW_SEED = 20240601L;
    private static final long MULTIPART_SEED = 19491001L;
    private static final String BOUNDARY = "civitas-harness-boundary";

    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;
    private final String authorization;

    private LargeBlobHarness(int port, String password) {
        this.base = "http://127.0.0.1:" + port + "/api/v1/blobs";
        this.authorization =
                "Basic " + Base64.getEncoder().encodeToString(("harness:" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The generated content is no known format: as an administrator would for a data format of their own, the
     * harness allows {@code .bin} (an extension no detector claims takes any content but a program).
     */
    private static void allowGeneratedContent(ConfigurableApplicationContext context) {
        UploadTypes types = context.getBean(UploadTypes.class);
        var admin = org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                "harness",
                null,
                java.util.List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority(
                        IdentityPermissions.SETTINGS_WRITE)));
        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(admin);
        try {
            var allowed = new java.util.ArrayList<>(types.allowed());
            allowed.add("bin");
            types.change(allowed);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    public static void main(String[] args) {
        long rawSize = Long.parseLong(args[0]);
        long multipartSize = Long.parseLong(args[1]);
        String password = UUID.randomUUID().toString();
        int exitCode = 1;
        long started = System.nanoTime();
        try (ConfigurableApplicationContext context = new SpringApplication(
                        CivitasApplication.class, HarnessSecurity.class)
                .run(
                        "--server.port=0",
                        "--harness.password=" + password,
                        "--logging.level.root=warn",
                        "--logging.level.org.civitas=info")) {
            int port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
            log("application started in %d s with max heap %d MB", seconds(started), maxHeapMegabytes());
            allowGeneratedContent(context);
            var harness = new LargeBlobHarness(port, password);
            harness.rawRoundTrip(rawSize);
            harness.multipartUpload(multipartSize);
            log("peak heap use %d MB of %d MB", peakHeapMegabytes(), maxHeapMegabytes());
            log("VERIFIED");
            exitCode = 0;
        } catch (Throwable e) {
            e.printStackTrace(System.out);
        }
        System.out.flush();
        // the workflow engine's threads would keep this JVM alive
        System.exit(exitCode);
    }

    private void rawRoundTrip(long size) throws Exception {
        long t = System.nanoTime();
        // the client hashes what it sends while sending it, as the server does while receiving
        MessageDigest sent = MessageDigest.getInstance("SHA-256");
        HttpResponse<String> upload = client.send(
                HttpRequest.newBuilder(URI.create(base))
                        .header("Authorization", authorization)
                        .header("Content-Type", "application/octet-stream")
                        .header("X-Filename", "%E5%A4%A7%E6%96%87%E4%BB%B6.bin")
                        .POST(BodyPublishers.fromPublisher(
                                BodyPublishers.ofInputStream(
                                        () -> new DigestInputStream(new GeneratedContent(size, RAW_SEED), sent)),
                                size))
                        .build(),
                BodyHandlers.ofString());
        String expected = HexFormat.of().formatHex(sent.digest());
        check(upload.statusCode() == 201, "raw upload answered " + upload.statusCode() + ": " + upload.body());
        check(expected.equals(field(upload.body(), "sha256")), "server hash differs: " + upload.body());
        check(Long.toString(size).equals(field(upload.body(), "size")), "server size differs: " + upload.body());
        long id = Long.parseLong(field(upload.body(), "id"));
        log("uploaded raw body as blob %d in %d s", id, seconds(t));

        t = System.nanoTime();
        HttpResponse<InputStream> download = client.send(get(id).build(), BodyHandlers.ofInputStream());
        check(download.statusCode() == 200, "download answered " + download.statusCode());
        check(
                download.headers().firstValue("ETag").orElse("").equals("\"" + expected + "\""),
                "wrong ETag " + download.headers().firstValue("ETag"));
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        long received;
        try (var in = new DigestInputStream(download.body(), digest)) {
            received = in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        check(received == size, "downloaded " + received + " bytes of " + size);
        check(expected.equals(HexFormat.of().formatHex(digest.digest())), "downloaded content differs");
        log("downloaded and verified %d bytes in %d s", received, seconds(t));

        checkRange(id, size - (1 << 20), 1 << 20, size);
        checkRange(id, size / 2 - 100, 200, size);
        log("byte ranges verified");
    }

    private void checkRange(long id, long start, int length, long size) throws Exception {
        long end = start + length - 1;
        HttpResponse<byte[]> part = client.send(
                get(id).header("Range", "bytes=" + start + "-" + end).build(), BodyHandlers.ofByteArray());
        check(part.statusCode() == 206, "range answered " + part.statusCode());
        check(
                part.headers().firstValue("Content-Range").orElse("").equals("bytes " + start + "-" + end + "/" + size),
                "wrong Content-Range " + part.headers().firstValue("Content-Range"));
        check(Arrays.equals(part.body(), GeneratedContent.bytes(RAW_SEED, start, length)), "range content differs");
    }

    private void multipartUpload(long size) throws Exception {
        long t = System.nanoTime();
        // this time the checksum travels ahead in X-Content-SHA256 and the server verifies it
        String expected = GeneratedContent.sha256(size, MULTIPART_SEED);
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nharness\r\n"
                        + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; "
                        + "filename=\"表单上传.bin\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
        long length = head.length + size + tail.length;
        HttpResponse<String> upload = client.send(
                HttpRequest.newBuilder(URI.create(base))
                        .header("Authorization", authorization)
                        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                        .header("X-Content-SHA256", expected)
                        .POST(BodyPublishers.fromPublisher(
                                BodyPublishers.ofInputStream(() -> new SequenceInputStream(
                                        new SequenceInputStream(
                                                new java.io.ByteArrayInputStream(head),
                                                new GeneratedContent(size, MULTIPART_SEED)),
                                        new java.io.ByteArrayInputStream(tail))),
                                length))
                        .build(),
                BodyHandlers.ofString());
        check(upload.statusCode() == 201, "multipart upload answered " + upload.statusCode() + ": " + upload.body());
        check(expected.equals(field(upload.body(), "sha256")), "multipart hash differs: " + upload.body());
        check("表单上传.bin".equals(field(upload.body(), "filename")), "multipart name differs: " + upload.body());
        log("uploaded and verified a %d-byte multipart form in %d s", size, seconds(t));
    }

    private HttpRequest.Builder get(long id) {
        return HttpRequest.newBuilder(URI.create(base + "/" + id)).header("Authorization", authorization);
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    private static void check(boolean condition, String failure) {
        if (!condition) {
            throw new AssertionError(failure);
        }
    }

    private static long seconds(long since) {
        return (System.nanoTime() - since) / 1_000_000_000L;
    }

    private static long maxHeapMegabytes() {
        return Runtime.getRuntime().maxMemory() >> 20;
    }

    private static long peakHeapMegabytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(pool -> pool.getType() == MemoryType.HEAP)
                        .map(MemoryPoolMXBean::getPeakUsage)
                        .mapToLong(usage -> usage.getUsed())
                        .sum()
                >> 20;
    }

    private static void log(String format, Object... args) {
        System.out.println("[harness] " + String.format(format, args));
    }

    /**
     * HTTP Basic for the harness's own user on the blob API, ahead of the application's chain, so
     * the harness does not depend on how the identity module signs users in.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class HarnessSecurity {

        @Bean
        @Order(0)
        SecurityFilterChain harnessBlobApi(HttpSecurity http, @Value("${harness.password}") String password)
                throws Exception {
            var users = new InMemoryUserDetailsManager(User.withUsername("harness")
                    .password("{noop}" + password)
                    .authorities(StoragePermissions.UPLOAD, StoragePermissions.UPLOAD_LARGE)
                    .build());
            return http.securityMatcher("/api/v1/blobs", "/api/v1/blobs/**")
                    .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                    .httpBasic(Customizer.withDefaults())
                    .csrf(csrf -> csrf.disable())
                    .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .authenticationManager(new ProviderManager(new DaoAuthenticationProvider(users)))
                    .build();
        }
    }
}
