package org.civitas.identity.internal.demo;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.civitas.identity.DataScope;
import org.civitas.identity.IdentityPermissions;
import org.civitas.identity.SecurityLabels;
import org.civitas.identity.internal.Bootstrap;
import org.civitas.identity.internal.BuiltInRole;
import org.civitas.identity.internal.Organisation;
import org.civitas.identity.internal.Organisations;
import org.civitas.identity.internal.Role;
import org.civitas.identity.internal.RoleGrant;
import org.civitas.identity.internal.RoleGrants;
import org.civitas.identity.internal.Roles;
import org.civitas.identity.internal.UserAccount;
import org.civitas.identity.internal.Users;
import org.civitas.platform.DemoData;
import org.springframework.stereotype.Component;

/**
 * The demo organisation tree of 阿坝藏族羌族自治州 with its real departments and its 13 counties and
 * cities, the prefecture government office, one account for each built-in role and a county
 * administrator whose grants reach only their county.
 */
@Component
class IdentityDemoData implements DemoData {

    static final List<String[]> DEPARTMENTS = List.of(
            new String[] {"阿坝州人民政府办公室", "aba-office", "OFFICE"},
            new String[] {"阿坝州发展和改革委员会", "aba-fgw", "DEPARTMENT"},
            new String[] {"阿坝州教育局", "aba-edu", "DEPARTMENT"},
            new String[] {"阿坝州公安局", "aba-police", "DEPARTMENT"},
            new String[] {"阿坝州财政局", "aba-finance", "DEPARTMENT"},
            new String[] {"阿坝州自然资源局", "aba-land", "DEPARTMENT"},
            new String[] {"阿坝州生态环境局", "aba-env", "DEPARTMENT"},
            new String[] {"阿坝州交通运输局", "aba-transport", "DEPARTMENT"},
            new String[] {"阿坝州农业农村局", "aba-agri", "DEPARTMENT"},
            new String[] {"阿坝州文化体育和旅游局", "aba-tourism", "DEPARTMENT"},
            new String[] {"阿坝州卫生健康委员会", "aba-health", "DEPARTMENT"},
            new String[] {"阿坝州应急管理局", "aba-emergency", "DEPARTMENT"},
            new String[] {"阿坝州市场监督管理局", "aba-market", "DEPARTMENT"});

    static final List<String[]> COUNTIES = List.of(
            new String[] {"马尔康市人民政府", "maerkang"},
            new String[] {"汶川县人民政府", "wenchuan"},
            new String[] {"理县人民政府", "lixian"},
            new String[] {"茂县人民政府", "maoxian"},
            new String[] {"松潘县人民政府", "songpan"},
            new String[] {"九寨沟县人民政府", "jiuzhaigou"},
            new String[] {"金川县人民政府", "jinchuan"},
            new String[] {"小金县人民政府", "xiaojin"},
            new String[] {"黑水县人民政府", "heishui"},
            new String[] {"壤塘县人民政府", "rangtang"},
            new String[] {"阿坝县人民政府", "abaxian"},
            new String[] {"若尔盖县人民政府", "ruoergai"},
            new String[] {"红原县人民政府", "hongyuan"});

    private final Bootstrap bootstrap;
    private final Organisations organisations;
    private final Users users;
    private final Roles roles;
    private final RoleGrants grants;
    private final SecurityLabels labels;
    private final Clock clock;

    IdentityDemoData(
            Bootstrap bootstrap,
            Organisations organisations,
            Users users,
            Roles roles,
            RoleGrants grants,
            SecurityLabels labels,
            Clock clock) {
        this.bootstrap = bootstrap;
        this.organisations = organisations;
        this.users = users;
        this.roles = roles;
        this.grants = grants;
        this.labels = labels;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void create() {
        Organisation root = bootstrap.root(Bootstrap.DEMO_ROOT, "aba");
        int order = 0;
        for (String[] d : DEPARTMENTS) {
            child(root, d[0], d[1], d[2], order++);
        }
        Organisation wenchuan = null;
        for (String[] c : COUNTIES) {
            Organisation county = child(root, c[0], c[1], "COUNTY", order++);
            if ("wenchuan".equals(c[1])) {
                wenchuan = county;
            }
        }
        child(wenchuan, "汶川县应急管理局", "wenchuan-emergency", "DEPARTMENT", 0);
        child(wenchuan, "汶川县教育局", "wenchuan-edu", "DEPARTMENT", 1);
        child(wenchuan, "映秀镇人民政府", "yingxiu", "UNIT", 2);

        String password = bootstrap.firstPassword();
        if (password == null) {
            return;
        }
        // every demo account shares the first administrator's password, so each must choose its own at the
        // first sign-in, even when the operator chose that password (CIVITAS_ADMIN_PASSWORD)
        boolean mustChange = true;
        bootstrap.createAdministrator("secadmin", "安全管理员", root, password, mustChange, BuiltInRole.SECURITY_ADMIN);
        bootstrap.createAdministrator("auditor", "安全审计员", root, password, mustChange, BuiltInRole.AUDITOR);

        Role unitAdmin = roles.findByCode("UNIT_ADMIN")
                .orElseGet(() -> roles.save(new Role(
                        "UNIT_ADMIN",
                        "单位管理员",
                        "管理本单位及下级单位的用户和本单位网站",
                        false,
                        Set.of(
                                IdentityPermissions.ORGANISATION_READ,
                                IdentityPermissions.USER_READ,
                                IdentityPermissions.USER_WRITE,
                                "site:manage"))));
        var county = users.save(new UserAccount(
                "wenchuan.admin",
                "汶川县单位管理员",
                wenchuan.id(),
                bootstrap.firstPasswordHash(),
                mustChange,
                labels.lowest().code(),
                clock.instant()));
        grants.save(new RoleGrant(county.id(), unitAdmin, DataScope.SUBTREE, wenchuan.id(), clock.instant()));
    }

    @Override
    public List<Account> accounts() {
        return List.of(
                new Account("secadmin", "security administrator (三员): roles, grants, clearances, password policy"),
                new Account("auditor", "security auditor (三员): reads the audit trail only"),
                new Account("wenchuan.admin", "administrator of 汶川县: its users, units and website only"));
    }

    private Organisation child(Organisation parent, String name, String code, String kind, int sortOrder) {
        var org = organisations.save(new Organisation(name, code, kind, sortOrder, clock.instant()));
        org.placeUnder(parent);
        return org;
    }
}
