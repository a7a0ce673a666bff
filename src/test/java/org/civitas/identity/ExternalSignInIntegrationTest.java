package org.civitas.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The three outside sign-in methods against real servers started in this JVM: an LDAP directory
 * (UnboundID), an OpenID Connect provider (mock-oauth2-server) and TLS with client certificates
 * from a CA the test makes. One application context serves all three, with every method on.
 */
@AutoConfigureMockMvc
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"civitas.demo.mode=always", "civitas.identity.admin-password=" + IdentityTestSupport.PASSWORD})
class ExternalSignInIntegrationTest {

    private static final String READER_ROLE = "SIGNIN_READER";
    private static final String SESSION_COOKIE = "CIVITAS_SESSION";
    private static TestDirectory directory;
    private static MockOAuth2Server platform;
    private static TestCertificates certificates;
    private static String unavailable;

    static {
        try {
            directory = new TestDirectory();
            platform = new MockOAuth2Server();
            platform.start();
            certificates = new TestCertificates();
        } catch (Exception | LinkageError e) {
            unavailable = e.toString();
        }
    }

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        if (unavailable != null) {
            return;
        }
        registry.add("civitas.identity.ldap.enabled", () -> "true");
        registry.add("civitas.identity.ldap.url", () -> "ldap://127.0.0.1:" + directory.port());
        registry.add("civitas.identity.ldap.base-dn", () -> TestDirectory.BASE);
        registry.add("civitas.identity.ldap.user-search-base", () -> "ou=people");
        registry.add("civitas.identity.ldap.bind-dn", () -> TestDirectory.BIND_DN);
        registry.add("civitas.identity.ldap.bind-password", () -> TestDirectory.BIND_PASSWORD);
        registry.add("civitas.identity.ldap.group-search-base", () -> "ou=groups");
        registry.add("civitas.identity.ldap.organisation-attribute", () -> "departmentNumber");
        registry.add("civitas.identity.ldap.organisations.edu", () -> "aba-edu");
        registry.add("civitas.identity.ldap.default-organisation", () -> "aba-office");
        registry.add("civitas.identity.ldap.groups[0].group", () -> TestDirectory.groupDn("editors"));
        registry.add("civitas.identity.ldap.groups[0].role", () -> READER_ROLE);
        registry.add("civitas.identity.ldap.groups[0].organisation", () -> "aba-edu");
        registry.add("civitas.identity.ldap.groups[0].scope", () -> "SUBTREE");
        // a role with a system-administration permission: never given by a group
        registry.add("civitas.identity.ldap.groups[1].group", () -> "cn=unit-admins,ou=groups");
        registry.add("civitas.identity.ldap.groups[1].role", () -> "UNIT_ADMIN");
        registry.add("civitas.identity.ldap.groups[1].organisation", () -> "aba-edu");
        registry.add("civitas.identity.oidc.enabled", () -> "true");
        registry.add(
                "civitas.identity.oidc.issuer-uri",
                () -> platform.issuerUrl("platform").toString());
        registry.add("civitas.identity.oidc.client-id", () -> "civitas");
        registry.add("civitas.identity.oidc.client-secret", () -> "platform-secret");
        registry.add("civitas.identity.x509.enabled", () -> "true");
        registry.add("server.ssl.enabled", () -> "true");
        registry.add(
                "server.ssl.key-store",
                () -> certificates.dir.resolve("server.p12").toString());
        registry.add("server.ssl.key-store-type", () -> "PKCS12");
        registry.add("server.ssl.key-store-password", () -> new String(TestCertificates.PASSWORD));
        registry.add(
                "server.ssl.trust-store",
                () -> certificates.dir.resolve("trust.p12").toString());
        registry.add("server.ssl.trust-store-type", () -> "PKCS12");
        registry.add("server.ssl.trust-store-password", () -> new String(TestCertificates.PASSWORD));
        registry.add("server.ssl.client-auth", () -> "want");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService principals;

    @Autowired
    SignInMethods methods;

    @LocalServerPort
    int port;

    @BeforeEach
    void serversRun() {
        assumeTrue(unavailable == null, "an in-JVM server for the sign-in tests could not start: " + unavailable);
        if (jdbc.queryForObject("select count(*) from app_role where code = ?", Integer.class, READER_ROLE) == 0) {
            jdbc.update(
                    "insert into app_role (code, name, description, builtin, version) values (?, ?, ?, false, 0)",
                    READER_ROLE,
                    "目录读者",
                    "directory test role");
        }
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    // ---------------------------------------------------------------- directory

    @Test
    void aDirectoryUserSigningInFirstGetsALinkedAccountInTheMappedOrganisationWithTheMappedRoleOnly() throws Exception {
        mvc.perform(formLogin().user("zhang.wei").password(TestDirectory.PASSWORD))
                .andExpect(authenticated().withUsername("zhang.wei"))
                .andExpect(redirectedUrl("/admin"));

        long id = userId("zhang.wei");
        assertThat(organisationCodeOf(id)).isEqualTo("aba-edu"); // departmentNumber "edu" mapped to aba-edu
        assertThat(grantsOf(id)).containsExactly(READER_ROLE + "@aba-edu/SUBTREE"); // UNIT_ADMIN is never mapped
        assertThat(jdbc.queryForObject(
                        "select provisioned from external_account where user_id = ? and method = 'ldap'",
                        Boolean.class,
                        id))
                .isTrue();
        assertThat(lastLoginSummary("zhang.wei", "SUCCESS")).isEqualTo("ldap");

        // the account has no local password: only the directory's works
        mvc.perform(formLogin().user("zhang.wei").password("wrong-Passw0rd#")).andExpect(unauthenticated());
        IdentityTestSupport.signIn(principals, "secadmin");
        assertThat(methods.of(id))
                .first()
                .extracting(SignInMethods.AccountSignIn::usable)
                .isEqualTo(false);
    }

    @Test
    void leavingAGroupTakesItsGrantBackAtTheNextSignIn() throws Exception {
        mvc.perform(formLogin().user("chen.jie").password(TestDirectory.PASSWORD))
                .andExpect(authenticated());
        long id = userId("chen.jie");
        assertThat(organisationCodeOf(id)).isEqualTo("aba-office"); // no department: the default organisation
        assertThat(grantsOf(id)).containsExactly(READER_ROLE + "@aba-edu/SUBTREE");

        directory.leave("editors", "chen.jie");
        try {
            mvc.perform(formLogin().user("chen.jie").password(TestDirectory.PASSWORD))
                    .andExpect(authenticated());
            assertThat(grantsOf(id)).isEmpty();
            assertThat(jdbc.queryForObject(
                            "select count(*) from audit_record where action = 'grant:directory-sync' and object_id = ?",
                            Integer.class,
                            String.valueOf(id)))
                    .isEqualTo(1); // the first sign-in's grants are in the account's creation record
        } finally {
            directory.join("editors", "chen.jie");
        }
    }

    @Test
    void aDirectoryEntryNamedLikeAnAdministratorDoesNotTakeOverTheAdministrator() throws Exception {
        mvc.perform(formLogin().user("admin").password(TestDirectory.PASSWORD)).andExpect(unauthenticated());
        assertThat(jdbc.queryForObject(
                        "select count(*) from external_account e join app_user u on u.id = e.user_id where u.username = 'admin'",
                        Integer.class))
                .isZero();
        // the administrator's own password still works: it goes on to its second factor
        mvc.perform(formLogin().user("admin").password(IdentityTestSupport.PASSWORD))
                .andExpect(redirectedUrl("/login/enrol"));
    }

    // ---------------------------------------------------------------- identity platform

    @Test
    void thePlatformSignsInTheAccountTheAgreedClaimNames() throws Exception {
        mvc.perform(formLogin().user("li.na").password(TestDirectory.PASSWORD)).andExpect(authenticated());
        long id = userId("li.na");
        assertThat(organisationCodeOf(id)).isEqualTo("aba-finance"); // a department that is already a code

        var session = platformSignIn("platform-li-na", "li.na");
        mvc.perform(get("/admin").cookie(session)).andExpect(status().isOk());
        assertThat(lastLoginSummary("li.na", "SUCCESS")).isEqualTo("oidc");
        IdentityTestSupport.signIn(principals, "secadmin");
        assertThat(methods.of(id))
                .extracting(SignInMethods.AccountSignIn::method)
                .containsExactly("password", "ldap", "oidc");
    }

    @Test
    void thePlatformCannotOpenAnUnknownAccountNorLinkAnAdministrator() throws Exception {
        platformSignIn("platform-stranger", "nobody.here", "/login?external=unknown");
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'nobody.here'", Integer.class))
                .isZero();
        platformSignIn("platform-secadmin", "secadmin", "/login?external=privileged");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_record where action = 'auth:login' and outcome = 'FAILURE'"
                                + " and summary = 'oidc-bad-credentials'",
                        Integer.class))
                .isGreaterThanOrEqualTo(2);
        mvc.perform(get("/login").param("external", "unknown"))
                .andExpect(content().string(containsString("没有与之关联的账号")));
    }

    // ---------------------------------------------------------------- certificates

    @Test
    void aLinkedCertificateSignsInOverMutualTlsAndOthersAreRefused() throws Exception {
        long id = userId("wenchuan.admin");
        var linked = certificates.client(certificates.ca, "CN=汶川县单位管理员,OU=" + id + ",O=Civitas Test,C=CN");
        IdentityTestSupport.signIn(principals, "secadmin");
        methods.link(id, "x509", linked.certificate().getSubjectX500Principal().getName());
        SecurityContextHolder.clearContext();

        var client = client(linked.ssl());
        var signIn = client.send(request("/login/certificate"), HttpResponse.BodyHandlers.discarding());
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/admin"));
        assertThat(client.send(request("/admin"), HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(200);
        assertThat(lastLoginSummary("wenchuan.admin", "SUCCESS")).isEqualTo("x509");

        var unlinked = certificates.client(certificates.ca, "CN=无关联的人,O=Civitas Test,C=CN");
        assertThat(location(client(unlinked.ssl()))).endsWith("/login?external=unknown");

        assertThat(location(client(certificates.anonymous()))).endsWith("/login?external=no-certificate");

        // a certificate from a CA the server does not trust never reaches the application
        var untrusted = certificates.client(certificates.stranger, "CN=汶川县单位管理员,OU=" + id + ",O=Civitas Test,C=CN");
        String outcome;
        try {
            outcome = location(client(untrusted.ssl()));
        } catch (java.io.IOException refusedByTls) {
            outcome = "refused by TLS";
        }
        assertThat(outcome).doesNotEndWith("/admin");
    }

    // ---------------------------------------------------------------- pages

    @Test
    void theLoginPageOffersTheMethodsThatAreOnAndTheUserPageShowsEachAccountsWaysIn() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(content().string(containsString("统一身份认证登录")))
                .andExpect(content().string(containsString("数字证书（UKey）登录")))
                .andExpect(content().string(containsString("统一目录")));
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(content().string(containsString("Sign in with the unified identity platform")))
                .andExpect(content().string(containsString("Sign in with a certificate")));
        mvc.perform(get("/admin/users/" + userId("auditor")).with(user(principals.loadUserByUsername("secadmin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("登录方式")))
                .andExpect(content().string(containsString("关联外部身份")));
    }

    // ---------------------------------------------------------------- helpers

    private Cookie platformSignIn(String subject, String username) throws Exception {
        return platformSignIn(subject, username, "/admin");
    }

    /** The flow as a browser makes it; sessions live in the database, so the session cookie carries them. */
    private Cookie platformSignIn(String subject, String username, String expected) throws Exception {
        var start = mvc.perform(get("/oauth2/authorization/oidc"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse();
        Cookie session = start.getCookie(SESSION_COOKIE);
        platform.enqueueCallback(new DefaultOAuth2TokenCallback(
                "platform", subject, "JWT", List.of("civitas"), Map.of("preferred_username", username), 3600));
        var answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(start.getRedirectedUrl()))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
        URI callback = URI.create(answer.headers().firstValue("Location").orElseThrow());
        var end = mvc.perform(get(callback).cookie(session)) // as a URI: the state is already encoded
                .andExpect(redirectedUrl(expected))
                .andReturn()
                .getResponse();
        return end.getCookie(SESSION_COOKIE) != null ? end.getCookie(SESSION_COOKIE) : session;
    }

    private HttpClient client(SSLContext ssl) {
        return HttpClient.newBuilder()
                .sslContext(ssl)
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("https://localhost:" + port + path))
                .header("Accept", "text/html")
                .build();
    }

    private String location(HttpClient client) throws Exception {
        var answer = client.send(request("/login/certificate"), HttpResponse.BodyHandlers.discarding());
        return answer.headers().firstValue("Location").orElse("status " + answer.statusCode());
    }

    private long userId(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    private String organisationCodeOf(long userId) {
        return jdbc.queryForObject(
                "select o.code from app_user u join organisation o on o.id = u.organisation_id where u.id = ?",
                String.class,
                userId);
    }

    private List<String> grantsOf(long userId) {
        return jdbc.queryForList(
                "select r.code || '@' || o.code || '/' || g.scope from role_grant g join app_role r on r.id = g.role_id"
                        + " join organisation o on o.id = g.organisation_id where g.user_id = ?",
                String.class,
                userId);
    }

    private String lastLoginSummary(String actor, String outcome) {
        return jdbc.queryForObject(
                "select summary from audit_record where action = 'auth:login' and actor = ? and outcome = ?"
                        + " order by id desc fetch first 1 rows only",
                String.class,
                actor,
                outcome);
    }
}
