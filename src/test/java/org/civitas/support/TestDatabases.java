package org.civitas.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** Where the PostgreSQL test pass connects, and whether it can. */
public final class TestDatabases {

    public static final String POSTGRES_URL =
            System.getProperty("civitas.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String POSTGRES_USER = System.getProperty("civitas.test.postgres.user", "postgres");

    private TestDatabases() {}

    /** True in the surefire pass that runs the database tests against PostgreSQL. */
    public static boolean postgresRequested() {
        return "postgres".equals(System.getProperty("civitas.test.database"));
    }

    public static boolean postgresAnswers() {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5432), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
