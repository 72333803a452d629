package org.attest.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Regression: an ingest into a new PostgreSQL store looks SHA-256s up on its writing connection
 * from the first, empty, batch on. The driver prepares the lookup on the server from its fifth
 * use, and the server then kept the plan it made for the empty table, a sequential scan, for
 * the life of the connection: 5 ms per lookup at 9,500 documents, where the index takes 0.1 ms,
 * and skipping unchanged documents ran at 3,100 a second instead of 40,000. Lookups by keys are
 * now planned at every execution ({@link InList#prepare}).
 */
class LookupPlanAfterGrowthTest {
    private static final String ADMIN = System.getProperty("attest.test.pg",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    /** Enough uses for the driver to prepare the lookup on the server and the server to keep a plan. */
    private static final int LOOKUPS_ON_THE_EMPTY_TABLE = 20;
    /** Rows after which the index is the plan for 16 keys by far (it is from about 2,000 rows on). */
    private static final int ROWS_AFTER_GROWTH = 20_000;

    private final String database = "attest_test_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);

    @Test
    void sha256LookupUsesTheIndexOnceTheStoreHasGrown() throws Exception {
        admin("CREATE DATABASE " + database);
        try (Connection c = Dialect.POSTGRESQL.connect(ADMIN.replaceFirst("/test\\?", "/" + database + "?"))) {
            Migrations.migrate(c, Dialect.POSTGRESQL, database);
            DocumentWriter writer = new DocumentWriter(c);
            List<String> absent = new ArrayList<>();
            for (int i = 0; i < InList.CHUNK; i++) {
                absent.add("%064x".formatted(i));
            }
            for (int i = 0; i < LOOKUPS_ON_THE_EMPTY_TABLE; i++) {
                assertThat(writer.idsBySha256(absent)).isEmpty();
            }
            Dialect.execute(c, "INSERT INTO documents (name, sha256, text, boilerplate, ingested_at) "
                    + "SELECT 'doc ' || g, md5(g::text) || md5((-g)::text), 'text of ' || g, '[]', '2026-12-02' "
                    + "FROM generate_series(1, " + ROWS_AFTER_GROWTH + ") g");
            List<String> stored = lastSha256s(c, InList.CHUNK);

            // this connection's own counters, which the server sends on only between transactions:
            // read before and after the lookup in one transaction, their difference is the lookup's
            c.setAutoCommit(false);
            long[] before = documentScans(c);
            Map<String, Long> found = writer.idsBySha256(stored);
            long[] after = documentScans(c);
            c.rollback();
            c.setAutoCommit(true);

            assertThat(found).containsOnlyKeys(stored);
            assertThat(after[0] - before[0]).as("sequential scans of documents").isZero();
            assertThat(after[1] - before[1]).as("index scans of documents").isPositive();
        }
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    private static List<String> lastSha256s(Connection c, int n) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT sha256 FROM documents ORDER BY id DESC LIMIT " + n)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** Sequential and index scans of {@code documents} this connection has not yet reported. */
    private static long[] documentScans(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT seq_scan, idx_scan FROM pg_stat_xact_user_tables WHERE relname = 'documents'")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }

    /** {@code sql} names only this test's database, never input. */
    private static void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(ADMIN); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
