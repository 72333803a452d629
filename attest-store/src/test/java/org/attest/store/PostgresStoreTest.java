package org.attest.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The store contract on the PostgreSQL server at 127.0.0.1:5432 (trust auth). Each store is a
 * database of its own, created through the {@code test} database and dropped after the test.
 * Set {@code -Dattest.test.pg=jdbc:postgresql://host:port/db?user=...} to use another server.
 */
class PostgresStoreTest extends StoreContractTest {
    private static final String ADMIN = System.getProperty("attest.test.pg",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    private final List<String> databases = new ArrayList<>();

    @Override
    public String freshSpec() throws Exception {
        // the name is ours (lower-case hex), never input: identifiers cannot be bound parameters
        String name = "attest_test_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        try (Connection c = DriverManager.getConnection(ADMIN); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        databases.add(name);
        return ADMIN.replaceFirst("/test\\?", "/" + name + "?");
    }

    @Override
    protected void cleanUp() throws Exception {
        try (Connection c = DriverManager.getConnection(ADMIN); Statement s = c.createStatement()) {
            for (String name : databases) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
        databases.clear();
    }

    @org.junit.jupiter.api.Test
    void opensALibpqStyleUrl() throws Exception {
        String jdbc = freshSpec();
        String name = jdbc.substring(jdbc.lastIndexOf('/') + 1, jdbc.indexOf('?'));
        org.assertj.core.api.Assumptions.assumeThat(ADMIN).contains("127.0.0.1:5432").contains("user=postgres");

        Store store = open("postgresql://postgres@127.0.0.1:5432/" + name);

        org.assertj.core.api.Assertions.assertThat(store.put(Fixtures.mayReport(), "example.org").outcome())
                .isEqualTo(PutResult.Outcome.NEW);
    }
}
