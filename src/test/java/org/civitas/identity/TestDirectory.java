package org.civitas.identity;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import java.net.InetAddress;

/** A real LDAP server in this JVM (UnboundID), with people and groups as a government directory has them. */
final class TestDirectory {

    static final String BASE = "dc=civitas,dc=test";
    static final String BIND_DN = "cn=service,dc=civitas,dc=test";
    static final String BIND_PASSWORD = "service-secret";
    static final String PASSWORD = "Directory#Pass-2026";

    private final InMemoryDirectoryServer server;

    TestDirectory() throws Exception {
        var config = new InMemoryDirectoryServerConfig(BASE);
        config.addAdditionalBindCredentials(BIND_DN, BIND_PASSWORD);
        config.setListenerConfigs(
                InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(), 0, null));
        config.setSchema(null); // the departmentNumber and memberOf of real directories without schema bookkeeping
        server = new InMemoryDirectoryServer(config);
        server.add("dn: " + BASE, "objectClass: top", "objectClass: domain", "dc: civitas");
        server.add("dn: ou=people," + BASE, "objectClass: organizationalUnit", "ou: people");
        server.add("dn: ou=groups," + BASE, "objectClass: organizationalUnit", "ou: groups");
        person("zhang.wei", "张伟", "edu");
        person("chen.jie", "陈杰", null);
        person("li.na", "李娜", "aba-finance");
        person("admin", "目录中的 admin", null);
        group("editors", "zhang.wei", "chen.jie");
        group("unit-admins", "zhang.wei");
        server.startListening();
    }

    static String dn(String uid) {
        return "uid=" + uid + ",ou=people," + BASE;
    }

    static String groupDn(String cn) {
        return "cn=" + cn + ",ou=groups," + BASE;
    }

    int port() {
        return server.getListenPort();
    }

    void leave(String group, String uid) throws Exception {
        server.modify(groupDn(group), new Modification(ModificationType.DELETE, "member", dn(uid)));
    }

    void join(String group, String uid) throws Exception {
        server.modify(groupDn(group), new Modification(ModificationType.ADD, "member", dn(uid)));
    }

    private void person(String uid, String name, String department) throws Exception {
        if (department == null) {
            server.add(
                    "dn: " + dn(uid),
                    "objectClass: inetOrgPerson",
                    "uid: " + uid,
                    "cn: " + name,
                    "sn: " + name,
                    "userPassword: " + PASSWORD);
        } else {
            server.add(
                    "dn: " + dn(uid),
                    "objectClass: inetOrgPerson",
                    "uid: " + uid,
                    "cn: " + name,
                    "sn: " + name,
                    "departmentNumber: " + department,
                    "userPassword: " + PASSWORD);
        }
    }

    private void group(String cn, String... members) throws Exception {
        String[] lines = new String[3 + members.length];
        lines[0] = "dn: " + groupDn(cn);
        lines[1] = "objectClass: groupOfNames";
        lines[2] = "cn: " + cn;
        for (int i = 0; i < members.length; i++) {
            lines[3 + i] = "member: " + dn(members[i]);
        }
        server.add(lines);
    }
}
