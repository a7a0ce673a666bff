package org.civitas.platform.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.civitas.identity.CivitasUser;
import org.civitas.identity.UserForm;
import org.civitas.identity.UserService;
import org.civitas.identity.UserView;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.platform.crypto.DigestAlgorithm;
import org.civitas.platform.crypto.FieldCipherException;
import org.civitas.platform.crypto.SensitiveColumn;
import org.civitas.platform.crypto.SensitiveFieldMigration;
import org.civitas.storage.BlobInfo;
import org.civitas.storage.BlobStore;
import org.civitas.storage.StoragePermissions;
import org.civitas.storage.trusted.BlobChecksums;
import org.civitas.support.GmProfileTest;
import org.civitas.support.TestKeystores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The gm profile end to end: sensitive fields are ciphertext in the database (read with plain SQL),
 * plain through the application; the migration encrypts values written before and is idempotent;
 * files get SM3 checksums, and checksums made before the switch keep verifying and are upgraded.
 */
@GmProfileTest
class NationalCryptographyIntegrationTest {

    @Autowired
    UserService users;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    UserDetailsService principals;

    @Autowired
    SensitiveFieldMigration migration;

    @Autowired
    BlobStore blobs;

    @Autowired
    BlobChecksums checksums;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${civitas.data-dir}")
    Path dataDir;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void personalFieldsAreCiphertextInTheDatabaseAndPlainInTheApplication() {
        UserView user = createUser("13800138000", "li.si@aba.gov.cn");

        Map<String, Object> row = jdbc.queryForMap("select email, phone from app_user where id = ?", user.id());
        assertThat((String) row.get("phone")).startsWith("sm4gcm:k1:").doesNotContain("13800138000");
        assertThat((String) row.get("email")).startsWith("sm4gcm:k1:").doesNotContain("li.si");
        assertThat(users.get(user.id()).phone()).isEqualTo("13800138000");
        assertThat(users.get(user.id()).email()).isEqualTo("li.si@aba.gov.cn");
        // the user search never looked into phone or e-mail, and cannot now: found by name only
        assertThat(users.search(user.username(), null, Pageable.ofSize(10)).getContent())
                .extracting(UserView::id)
                .containsExactly(user.id());
        assertThat(users.search("13800138000", null, Pageable.ofSize(10)).getContent())
                .extracting(UserView::id)
                .doesNotContain(user.id());
    }

    @Test
    void aValueEncryptedWithAnotherKeyIsRefused() {
        UserView user = createUser("13900139000", null);
        String original = jdbc.queryForObject("select phone from app_user where id = ?", String.class, user.id());
        String forged = new KeystoreFieldCipher(new FieldKeys(Map.of("k1", TestKeystores.randomKey()), "k1"), true)
                .protect("13900139000");
        jdbc.update("update app_user set phone = ? where id = ?", forged, user.id());
        try {
            assertThatThrownBy(() -> users.get(user.id())).hasRootCauseInstanceOf(FieldCipherException.class);
        } finally {
            jdbc.update("update app_user set phone = ? where id = ?", original, user.id());
        }
        assertThat(users.get(user.id()).phone()).isEqualTo("13900139000");
    }

    @Test
    void theMigrationFindsTheMarkedColumnsEncryptsPlainValuesOnceAndAuditsEachBatch() {
        assertThat(migration.columns())
                .extracting(SensitiveColumn::name)
                .contains("app_user.email", "app_user.phone", "reporting_submission.contact");
        UserView user = createUser(null, null);
        // as written before the switch
        jdbc.update(
                "update app_user set phone = ?, email = ? where id = ?", "13700137000", "wang@aba.gov.cn", user.id());
        assertThat(users.get(user.id()).phone()).isEqualTo("13700137000");
        SensitiveColumn phone = column("app_user.phone");

        long changed = migration.encrypt(phone, 2, done -> {});

        assertThat(changed).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("select phone from app_user where id = ?", String.class, user.id()))
                .startsWith("sm4gcm:k1:");
        assertThat(users.get(user.id()).phone()).isEqualTo("13700137000");
        assertThat(migration.encrypt(phone, 2, done -> {})).as("a second run").isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_record where action = 'crypto:encrypt-fields' and object_id = ?",
                        Long.class,
                        "app_user.phone"))
                .isGreaterThanOrEqualTo(1);
        migration.encrypt(column("app_user.email"), 500, done -> {});
        assertThat(jdbc.queryForObject("select email from app_user where id = ?", String.class, user.id()))
                .startsWith("sm4gcm:k1:");
    }

    @Test
    void filesGetSm3ChecksumsAndOlderSha256OnesKeepVerifyingUntilUpgraded() throws IOException {
        byte[] content = unique("汶川县防汛简报");
        BlobInfo blob = store(content);

        Map<String, Object> row =
                jdbc.queryForMap("select sha256, checksum_algorithm, checksum from blob where id = ?", blob.id());
        assertThat(row.get("checksum_algorithm")).isEqualTo("SM3");
        assertThat(row.get("checksum")).isEqualTo(DigestAlgorithm.SM3.hex(content));
        assertThat(row.get("sha256")).isEqualTo(DigestAlgorithm.SHA_256.hex(content));
        assertThat(checksums.verify(blob.id())).isTrue();

        // as stored before the switch
        jdbc.update("update blob set checksum_algorithm = 'SHA-256', checksum = sha256 where id = ?", blob.id());
        assertThat(checksums.verify(blob.id())).isTrue();
        BlobInfo damaged = store(unique("松潘县来稿附件"));
        jdbc.update("update blob set checksum_algorithm = 'SHA-256', checksum = sha256 where id = ?", damaged.id());
        Files.writeString(file(damaged), "altered on disk", StandardCharsets.UTF_8);

        BlobChecksums.Upgrade upgrade = checksums.upgrade(DigestAlgorithm.SM3, 1, done -> {});

        assertThat(upgrade.upgraded()).isGreaterThanOrEqualTo(1);
        assertThat(upgrade.mismatched()).containsExactly(damaged.id());
        assertThat(jdbc.queryForObject("select checksum from blob where id = ?", String.class, blob.id()))
                .isEqualTo(DigestAlgorithm.SM3.hex(content));
        assertThat(checksums.verify(blob.id())).isTrue();
        assertThat(jdbc.queryForObject("select checksum_algorithm from blob where id = ?", String.class, damaged.id()))
                .as("a damaged file keeps its old checksum")
                .isEqualTo("SHA-256");
        assertThat(checksums.verify(damaged.id())).isFalse();
        assertThat(checksums.upgrade(DigestAlgorithm.SM3, 1, done -> {}).upgraded())
                .isZero();
    }

    private UserView createUser(String phone, String email) {
        var admin = (CivitasUser) principals.loadUserByUsername("admin");
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        SecurityContextHolder.setContext(context);
        long root = organisations.all().getFirst().id();
        String username = "gm." + UUID.randomUUID().toString().substring(0, 8);
        return users.create(new UserForm(username, "国密测试", root, email, phone, null))
                .user();
    }

    private SensitiveColumn column(String name) {
        return migration.columns().stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private BlobInfo store(byte[] content) {
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("uploader", null, StoragePermissions.UPLOAD));
        return blobs.store(new ByteArrayInputStream(content), "note.txt", "text/plain");
    }

    private Path file(BlobInfo blob) {
        String sha = blob.sha256();
        return dataDir.resolve("blobs")
                .resolve(sha.substring(0, 2))
                .resolve(sha.substring(2, 4))
                .resolve(sha);
    }

    private static byte[] unique(String text) {
        return (text + " " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
    }
}
