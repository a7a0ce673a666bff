package org.civitas.exchange.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.civitas.identity.UserDraft;
import org.civitas.identity.UserService;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.platform.crypto.CryptoSettings;
import org.civitas.platform.crypto.DigestAlgorithm;
import org.civitas.platform.crypto.internal.TestCiphertexts;
import org.civitas.storage.BlobInfo;
import org.civitas.storage.BlobStore;
import org.civitas.storage.StoragePermissions;
import org.civitas.support.GmProfileTest;
import org.civitas.support.RunAs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * An operator brings an installation to gm with {@code civitas crypto-migrate}: values and files written
 * before the switch are encrypted and given SM3 checksums, a second run has nothing more to do, values under
 * another key of the keystore move to the current one, and a value no key decrypts stops the command. Through
 * the command line's entry point, in the gm application the {@link GmProfileTest} classes share (keys
 * {@code k1}, current, and {@code k2}); a keystore that does not open is {@link CommandLineIntegrationTest}'s.
 */
@GmProfileTest
class CryptoMigrateCommandIntegrationTest {

    private static final String EMAIL = "ops@aba.gov.cn";
    private static final String PHONE = "13800138000";

    @Autowired
    ApplicationContext context;

    @Autowired
    UserService users;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    UserDetailsService principals;

    @Autowired
    BlobStore blobs;

    @Autowired
    CryptoSettings crypto;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anInstallationMovesToGmRotatesItsKeyAndStopsAtAValueNoKeyDecrypts() {
        var civitas = new InProcessCommandLine(context);
        long user = createUser();
        // as the standard profile wrote them before the switch: in clear, and a file under its SHA-256
        jdbc.update("update app_user set email = ?, phone = ? where id = ?", EMAIL, PHONE, user);
        byte[] content = ("汶川县防汛简报 " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        BlobInfo blob = store(content);
        jdbc.update("update blob set checksum_algorithm = 'SHA-256', checksum = sha256 where id = ?", blob.id());
        long audited = auditedBatches();

        CommandRun migrate = civitas.run("crypto-migrate", "--batch-size", "1");

        assertThat(migrate.exitCode()).as(migrate.err()).isZero();
        assertThat(migrate.err())
                .containsPattern("app_user.email: [1-9]\\d* values encrypted with the key k1")
                .containsPattern("app_user.phone: [1-9]\\d* values encrypted with the key k1")
                .containsPattern("[1-9]\\d* stored files were checked and given SM3 checksums");
        assertThat(Long.parseLong(migrate.lastLine())).isGreaterThanOrEqualTo(3);
        assertThat(column("email", user)).startsWith("sm4gcm:k1:").doesNotContain("ops@");
        assertThat(column("phone", user)).startsWith("sm4gcm:k1:").doesNotContain(PHONE);
        assertThat(jdbc.queryForObject(
                        "select checksum_algorithm || ' ' || checksum from blob where id = ?", String.class, blob.id()))
                .isEqualTo("SM3 " + DigestAlgorithm.SM3.hex(content));
        // one audit record a batch that changed something; the audit listener runs asynchronously
        await().atMost(Duration.ofSeconds(30)).until(() -> auditedBatches() >= audited + 2);

        CommandRun again = civitas.run("crypto-migrate");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.lastLine()).as("nothing left to do").isEqualTo("0");

        // a rotated key: values under the keystore's other key move to the current one
        jdbc.update(
                "update app_user set email = ?, phone = ? where id = ?",
                TestCiphertexts.underKey(crypto, "k2", EMAIL),
                TestCiphertexts.underKey(crypto, "k2", PHONE),
                user);
        CommandRun rotate = civitas.run("crypto-migrate");
        assertThat(rotate.exitCode()).as(rotate.err()).isZero();
        assertThat(rotate.lastLine()).isEqualTo("2");
        assertThat(column("email", user)).startsWith("sm4gcm:k1:");
        assertThat(new RunAs(principals).as("admin", () -> users.get(user).email()))
                .isEqualTo(EMAIL);

        // a value encrypted with a key of that name that is not this keystore's: the command stops, changing nothing
        String migrated = column("email", user);
        String foreign = TestCiphertexts.underForeignKey("k2", EMAIL);
        jdbc.update("update app_user set email = ? where id = ?", foreign, user);
        try {
            CommandRun wrongKey = civitas.run("crypto-migrate");
            assertThat(wrongKey.exitCode()).isEqualTo(ExitCodes.ENVIRONMENT);
            assertThat(wrongKey.err()).contains("does not decrypt with the key \"k2\"");
            assertThat(column("email", user)).as("left as it was").isEqualTo(foreign);
        } finally {
            // the other gm tests read every user
            jdbc.update("update app_user set email = ? where id = ?", migrated, user);
        }
    }

    private long createUser() {
        long root = organisations.all().getFirst().id();
        String username = "gm.cli." + UUID.randomUUID().toString().substring(0, 8);
        return new RunAs(principals)
                .as("admin", () -> users.create(new UserDraft(username, "国密命令行", root, null, null, null)))
                .user()
                .id();
    }

    private BlobInfo store(byte[] content) {
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("uploader", null, StoragePermissions.UPLOAD));
        try {
            return blobs.store(new ByteArrayInputStream(content), "note.txt", "text/plain");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private String column(String name, long user) {
        return jdbc.queryForObject("select " + name + " from app_user where id = ?", String.class, user);
    }

    private long auditedBatches() {
        return jdbc.queryForObject(
                "select count(*) from audit_record where action = 'crypto:encrypt-fields'", Long.class);
    }
}
