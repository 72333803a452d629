package org.attest.loadbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One benchmark database: a fresh SQLite file in a temporary directory, or a fresh database
 * {@code attest_bench_<random>} created on the PostgreSQL server and dropped by {@link #drop()}.
 */
record Target(String label, String storeSpec, String jdbcUrl, Runnable dropper) {

    static Target sqlite(String tag) {
        try {
            Path dir = Files.createTempDirectory("attest-loadbench-");
            Path file = dir.resolve(tag + ".db");
            return new Target("SQLite", file.toString(), "jdbc:sqlite:" + file, () -> {
                try {
                    for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
                        Files.deleteIfExists(Path.of(file + suffix));
                    }
                    Files.deleteIfExists(dir);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @param hostPort e.g. {@code 127.0.0.1:5432}; user {@code postgres}, trust auth */
    static Target postgres(String hostPort) {
        String name = "attest_bench_" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1).toLowerCase(Locale.ROOT);
        String admin = "jdbc:postgresql://" + hostPort + "/postgres?user=postgres";
        admin(admin, "CREATE DATABASE " + name);
        return new Target("PostgreSQL", "postgresql://postgres@" + hostPort + "/" + name,
                "jdbc:postgresql://" + hostPort + "/" + name + "?user=postgres",
                () -> admin(admin, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
    }

    private static void admin(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl);
    }

    void drop() {
        dropper.run();
    }
}
