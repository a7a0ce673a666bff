package org.civitas.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civitas.identity.IdentityTestSupport.signIn;

import java.util.List;
import java.util.Set;
import org.civitas.audit.AuditPermissions;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.DomainException;
import org.civitas.platform.NotFoundException;
import org.civitas.support.ChineseAuditTrail;
import org.civitas.support.CivitasIntegrationTest;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@DatabaseTest
@CivitasIntegrationTest
@RecordApplicationEvents
class IdentityIntegrationTest {

    @Autowired
    OrganisationService organisations;

    @Autowired
    UserService users;

    @Autowired
    RoleService roles;

    @Autowired
    TokenService tokens;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    UserDetailsService principals;

    @Autowired
    AccessControl access;

    @Autowired
    ApplicationEvents events;

    @Autowired
    org.springframework.context.MessageSource messages;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private OrganisationView org(String code) {
        return directory.all().stream()
                .filter(o -> o.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private long auditable() {
        return events.stream(AuditableEvent.class).count();
    }

    @Test
    void demoTreeHasThePrefectureItsDepartmentsAndThirteenCounties() {
        var all = directory.all();
        assertThat(all.getFirst().name()).isEqualTo("阿坝州人民政府");
        assertThat(all.stream().filter(o -> o.kind().equals("COUNTY"))).hasSize(13);
        assertThat(all).extracting(OrganisationView::name).contains("九寨沟县人民政府", "阿坝州应急管理局");
    }

    @Test
    void creatingMovingAndDeletingOrganisationsEachLeaveOneAuditEvent() {
        signIn(principals, "admin");
        long before = auditable();
        var parent = organisations.create(new OrganisationDraft(
                "测试局", "t-bureau", "DEPARTMENT", org("aba").id(), 1));
        var child = organisations.create(new OrganisationDraft("测试科", "t-section", "UNIT", parent.id(), 0));
        assertThat(auditable()).isEqualTo(before + 2);

        var moved = organisations.move(parent.id(), org("wenchuan").id());
        assertThat(moved.path()).startsWith(org("wenchuan").path());
        assertThat(directory.find(child.id()).orElseThrow().path()).isEqualTo(moved.path() + child.id() + "/");
        assertThat(directory.find(child.id()).orElseThrow().depth()).isEqualTo(moved.depth() + 1);
        assertThat(auditable()).isEqualTo(before + 3);

        organisations.delete(child.id());
        organisations.delete(parent.id());
        assertThat(auditable()).isEqualTo(before + 5);
        assertThat(directory.find(parent.id())).isEmpty();
    }

    @Test
    void aCyclicMoveIsRefusedAndChangesNothing() {
        signIn(principals, "admin");
        var wenchuan = org("wenchuan");
        var yingxiu = org("yingxiu");
        long before = auditable();
        assertThatThrownBy(() -> organisations.move(wenchuan.id(), yingxiu.id()))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("organisation.move.cycle");
        assertThatThrownBy(() -> organisations.move(wenchuan.id(), wenchuan.id()))
                .isInstanceOf(DomainException.class);
        assertThat(directory.find(wenchuan.id()).orElseThrow()).isEqualTo(wenchuan);
        assertThat(auditable()).isEqualTo(before);
    }

    @Test
    void aUserChangeIsSummarisedInTheReadersLanguageNotInEnglishWords() {
        signIn(principals, "admin");
        var created = users.create(
                        new UserDraft("t.renamed.clerk", "改名前", org("aba").id(), null, null, null))
                .user();
        users.update(
                created.id(),
                new UserDraft("t.renamed.clerk", "改名后", org("wenchuan").id(), "clerk@example.gov.cn", null, null));
        users.update(
                created.id(),
                new UserDraft("t.renamed.clerk", "改名后", org("wenchuan").id(), "clerk@example.gov.cn", null, null));
        List<IdentityEvent.UserUpdated> updates =
                events.stream(IdentityEvent.UserUpdated.class).toList();
        assertThat(updates).hasSize(2);
        assertThat(updates.get(1).changes()).isEmpty();
        ChineseAuditTrail.assertReadable(messages, updates.stream());
        String chinese = messages.getMessage(
                org.civitas.platform.AuditSummary.decode(updates.get(0).summary())
                        .orElseThrow(),
                java.util.Locale.SIMPLIFIED_CHINESE);
        assertThat(chinese)
                .contains("t.renamed.clerk", "姓名", "电子邮箱", "所属单位")
                .contains(String.valueOf(org("wenchuan").id()));
        String english = messages.getMessage(
                org.civitas.platform.AuditSummary.decode(updates.get(0).summary())
                        .orElseThrow(),
                java.util.Locale.ENGLISH);
        assertThat(english).contains("name, organisation (from ").endsWith(", email");
    }

    @Test
    void deletingAnOrganisationWithUsersOrChildrenIsRefusedWithTheReason() {
        signIn(principals, "admin");
        assertThatThrownBy(() -> organisations.delete(org("wenchuan").id()))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("organisation.delete.hasChildren");
        var office = organisations.create(
                new OrganisationDraft("测试办", "t-office", "OFFICE", org("aba").id(), 9));
        users.create(new UserDraft("t.office.clerk", "测试办文员", office.id(), null, null, null));
        assertThatThrownBy(() -> organisations.delete(office.id()))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("organisation.delete.hasUsers");
        assertThat(directory.find(office.id())).isPresent();
    }

    @Test
    void aDuplicateCodeOrUsernameIsRefusedOnItsField() {
        signIn(principals, "admin");
        assertThatThrownBy(() -> organisations.create(new OrganisationDraft(
                        "重复", "wenchuan", "UNIT", org("aba").id(), 0)))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).field())
                .isEqualTo("code");
        assertThatThrownBy(() ->
                        users.create(new UserDraft("Secadmin", "重复", org("aba").id(), null, null, null)))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).field())
                .isEqualTo("username");
    }

    @Test
    void aUnitAdministratorSeesOnlyTheirSubtree() {
        signIn(principals, "admin");
        var outsider = users.create(
                new UserDraft("songpan.clerk", "松潘县办事员", org("songpan").id(), null, null, null));
        var insider = users.create(
                new UserDraft("yingxiu.clerk", "映秀镇办事员", org("yingxiu").id(), null, null, null));

        signIn(principals, "wenchuan.admin");
        var visible = organisations.visibleTree();
        // other tests of the shared context may have made units under 汶川县 (they are visible too)
        assertThat(visible)
                .extracting(OrganisationView::code)
                .contains("wenchuan", "wenchuan-emergency", "wenchuan-edu", "yingxiu")
                .doesNotContain("aba", "songpan");
        assertThat(users.search(null, null, Pageable.ofSize(100)).getContent())
                .extracting(UserView::username)
                .contains("yingxiu.clerk", "wenchuan.admin")
                .doesNotContain("songpan.clerk", "admin");
        assertThatThrownBy(() -> users.get(outsider.user().id())).isInstanceOf(NotFoundException.class);
        assertThat(users.get(insider.user().id()).username()).isEqualTo("yingxiu.clerk");
        assertThatThrownBy(() ->
                        users.create(new UserDraft("x.y", "越权", org("songpan").id(), null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(access.scope(IdentityPermissions.USER_WRITE)
                        .contains(org("aba").id()))
                .isFalse();
    }

    @Test
    void separationOfDutiesKeepsTheThreeAdministratorsApart() {
        signIn(principals, "secadmin");
        var auditor =
                users.search("auditor", null, Pageable.ofSize(5)).getContent().getFirst();
        var systemAdmin = roles.roles().stream()
                .filter(r -> r.code().equals("SYSTEM_ADMIN"))
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> roles.grant(
                        auditor.id(),
                        systemAdmin.id(),
                        DataScope.ALL,
                        org("aba").id()))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("grant.dutiesMixed");
        assertThatThrownBy(() -> roles.create(new RoleDraft(
                        "MIXED", "混合", null, Set.of(IdentityPermissions.USER_WRITE, AuditPermissions.READ))))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("role.dutiesMixed");
        var me = users.search("secadmin", null, Pageable.ofSize(5)).getContent().getFirst();
        assertThatThrownBy(() -> roles.grant(
                        me.id(), systemAdmin.id(), DataScope.ALL, org("aba").id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roles.setClearance(me.id(), "PUBLIC")).isInstanceOf(AccessDeniedException.class);

        signIn(principals, "auditor");
        assertThatThrownBy(() -> users.search(null, null, Pageable.ofSize(5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisations.create(
                        new OrganisationDraft("x", "x", "UNIT", org("aba").id(), 0)))
                .isInstanceOf(AccessDeniedException.class);

        signIn(principals, "admin");
        assertThatThrownBy(() -> roles.grant(
                        auditor.id(),
                        systemAdmin.id(),
                        DataScope.ALL,
                        org("aba").id()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aGrantLimitedToAnOrganisationGivesExactlyThatScope() {
        signIn(principals, "admin");
        var created = users.create(
                new UserDraft("jzg.viewer", "九寨沟查看员", org("jiuzhaigou").id(), null, null, null));
        assertThat(created.initialPassword()).hasSizeGreaterThanOrEqualTo(16);
        assertThat(created.user().mustChangePassword()).isTrue();

        signIn(principals, "secadmin");
        var role = roles.create(new RoleDraft(
                "ORG_VIEWER",
                "机构查看",
                null,
                Set.of(IdentityPermissions.ORGANISATION_READ, IdentityPermissions.USER_READ)));
        long before = auditable();
        var grant = roles.grant(
                created.user().id(), role.id(), DataScope.OWN, org("jiuzhaigou").id());
        assertThat(auditable()).isEqualTo(before + 1);
        assertThat(roles.grantsOf(created.user().id())).containsExactly(grant);

        signIn(principals, "jzg.viewer");
        assertThat(organisations.visibleTree())
                .extracting(OrganisationView::code)
                .containsExactly("jiuzhaigou");

        signIn(principals, "secadmin");
        roles.revoke(grant.id());
        signIn(principals, "jzg.viewer");
        assertThatThrownBy(() -> organisations.visibleTree()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void passwordsFollowThePolicyAndAreNotReused() {
        signIn(principals, "admin");
        var created = users.create(new UserDraft("pw.user", "密码测试", org("aba").id(), null, null, "Initial#Pass2026"));
        assertThat(created.initialPassword()).isNull();
        assertThatThrownBy(() -> users.create(
                        new UserDraft("weak.user", "弱密码", org("aba").id(), null, null, "short")))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("password.tooShort");

        signIn(principals, "pw.user");
        assertThatThrownBy(() -> users.changeOwnPassword("wrong", "Another#Pass2026"))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("password.currentWrong");
        assertThatThrownBy(() -> users.changeOwnPassword("Initial#Pass2026", "alllowercaseletters"))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("password.tooSimple");
        assertThatThrownBy(() -> users.changeOwnPassword("Initial#Pass2026", "Initial#Pass2026"))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("password.reused");
        users.changeOwnPassword("Initial#Pass2026", "Second#Pass2026");
        users.changeOwnPassword("Second#Pass2026", "Third#Pass2026");
        assertThatThrownBy(() -> users.changeOwnPassword("Third#Pass2026", "Initial#Pass2026"))
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("password.reused");
        assertThat(signIn(principals, "pw.user").mustChangePassword()).isFalse();
    }

    @Test
    void tokensCanBeIssuedListedAndRevoked() {
        signIn(principals, "admin");
        users.create(new UserDraft("tok.owner", "令牌测试", org("aba").id(), null, null, null));
        assertThatThrownBy(() -> tokens.issueForSelf("管理员令牌", 30)).isInstanceOf(AccessDeniedException.class);
        signIn(principals, "tok.owner");
        var issued = tokens.issueForSelf("省平台对接", 30);
        assertThat(issued.secret()).startsWith("cvt_").hasSizeGreaterThan(40);
        assertThat(tokens.mine()).extracting(TokenView::name).contains("省平台对接");
        assertThatThrownBy(() -> tokens.issueForSelf(" ", 30)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> tokens.issueForSelf("x", 100000)).isInstanceOf(DomainException.class);
        tokens.revoke(issued.token().id());
        assertThat(tokens.mine())
                .filteredOn(t -> t.id() == issued.token().id())
                .extracting(TokenView::usable)
                .containsExactly(false);
        signIn(principals, "wenchuan.admin");
        assertThatThrownBy(() -> tokens.revoke(issued.token().id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void labelsAreOrderedAndClearanceLimitsReading() {
        signIn(principals, "wenchuan.admin");
        assertThat(access.readableLabels()).containsExactly("PUBLIC");
        signIn(principals, "admin");
        assertThat(access.readableLabels()).containsExactlyInAnyOrder("PUBLIC", "INTERNAL", "SENSITIVE");
        assertThat(List.copyOf(access.readableLabels())).hasSize(3);
    }
}
