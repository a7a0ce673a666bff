package org.civitas.publishing.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.civitas.identity.CivitasUser;
import org.civitas.identity.DataScope;
import org.civitas.identity.RoleDraft;
import org.civitas.identity.RoleService;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.platform.RunningAs;
import org.civitas.publishing.internal.ThemeRegistry;
import org.civitas.site.SiteService;
import org.civitas.site.trusted.SiteDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What the publishing console tests share: acting as demo accounts, granting them a role once, and theme
 * packages to upload. Each test class still carries {@code @CivitasIntegrationTest} itself (this adds no
 * configuration: they keep sharing the one context).
 */
abstract class PublishingConsoleTestSupport {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    RoleService roles;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    SiteDirectory directory;

    @Autowired
    SiteService siteService;

    @Autowired
    ThemeRegistry themes;

    @Autowired
    JdbcClient jdbc;

    /** The upload of a theme package under {@code name}, with the CSRF token. */
    static MockMultipartHttpServletRequestBuilder upload(String name, byte[] zip) {
        return multipart("/admin/publishing/themes")
                .file(new MockMultipartFile("file", "theme.zip", "application/zip", zip))
                .param("name", name)
                .with(csrf());
    }

    /** The default theme's files with some replaced or added and some left out, as a package. */
    static byte[] themePackage(Map<String, String> changed, Set<String> without) throws Exception {
        Path root = Path.of(PublishingConsoleTestSupport.class
                .getClassLoader()
                .getResource("themes/default")
                .toURI());
        var files = new TreeMap<String, byte[]>();
        try (var walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        changed.forEach((path, text) -> files.put(path, text.getBytes(StandardCharsets.UTF_8)));
        without.forEach(files::remove);
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (var e : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** A package of one file. */
    static byte[] zip(String name, String content) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    void asUser(String username, Runnable action) {
        RunningAs.account(userDetails.loadUserByUsername(username), () -> {
            action.run();
            return null;
        });
    }

    RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    /** Grants {@code username} a role with these permissions over the whole cluster, unless it holds the first already. */
    void grantOnce(String username, String roleCode, String... permissions) {
        var user = (CivitasUser) userDetails.loadUserByUsername(username);
        if (user.has(permissions[0])) {
            return;
        }
        long root = organisations.all().getFirst().id();
        asUser("secadmin", () -> {
            var role = roles.roles().stream()
                    .filter(r -> r.code().equals(roleCode))
                    .findFirst()
                    .orElseGet(() -> roles.create(new RoleDraft(roleCode, roleCode, null, Set.of(permissions))));
            roles.grant(user.id(), role.id(), DataScope.ALL, root);
        });
    }
}
