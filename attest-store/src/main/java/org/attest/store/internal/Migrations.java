package org.attest.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attest.AttestException;

/**
 * A small versioned-migration runner: applies the scripts {@code db/migration/V<n>__<what>.sql}
 * listed in {@link #SCRIPTS}, in order, each in its own transaction, and records each in
 * {@code schema_version} with a checksum. A script already applied whose text has since
 * changed is an error: the schema must only ever move forward through new scripts. A script
 * that the two databases must spell differently (triggers) lives in one copy per dialect, under
 * {@code db/migration/<dialect>/}, instead of in the shared folder.
 *
 * <p>Why not Flyway: the schema is one script with two placeholders, and Flyway 10+ moved
 * database support into separate modules and brings a large dependency tree; this runner is
 * ~100 lines and behaves the same on both databases. Migrations are Flyway-compatible in
 * naming, so switching later is a matter of mapping the placeholders.
 */
public final class Migrations {
    /** The scripts in version order. A test checks this list against the resource folder. */
    public static final List<String> SCRIPTS = List.of("V1__initial_schema.sql", "V2__read_path.sql",
            "V3__unused_indexes.sql");

    private static final String FOLDER = "db/migration/";
    /** Serialises concurrent migrators on PostgreSQL (several workers starting at once). */
    private static final long PG_LOCK_KEY = 0x4174746573744DL;

    private Migrations() {}

    /**
     * Brings the schema up to date in one transaction and leaves the connection in auto-commit
     * mode. Safe to call on every open, from several processes at once.
     */
    public static void migrate(Connection c, Dialect dialect, String store) throws AttestException {
        try {
            c.setAutoCommit(false);
            if (dialect == Dialect.POSTGRESQL) {
                try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                    lock.setLong(1, PG_LOCK_KEY);
                    lock.execute();
                }
            }
            // on SQLite this first write takes the database write lock (IMMEDIATE transactions)
            Dialect.execute(c, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                    + "script TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)");
            Map<Integer, String> applied = applied(c);
            for (String script : SCRIPTS) {
                int version = version(script);
                String sql = read(dialect, script);
                String checksum = sha256(sql);
                String was = applied.get(version);
                if (was != null) {
                    if (!was.equals(checksum)) {
                        throw new AttestException("store " + store + ": migration " + script
                                + " changed after it was applied");
                    }
                    continue;
                }
                for (String statement : statements(dialect.expand(sql))) {
                    Dialect.execute(c, statement);
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO schema_version (version, script, checksum, applied_at) VALUES (?, ?, ?, ?)")) {
                    ps.setInt(1, version);
                    ps.setString(2, script);
                    ps.setString(3, checksum);
                    ps.setString(4, Instant.now().toString());
                    ps.executeUpdate();
                }
            }
            c.setAutoCommit(true);
        } catch (SQLException e) {
            rollbackQuietly(c);
            throw new AttestException("store " + store + ": migration failed: " + e.getMessage(), e);
        } catch (AttestException e) {
            rollbackQuietly(c);
            throw e;
        }
    }

    private static Map<Integer, String> applied(Connection c) throws SQLException {
        Map<Integer, String> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT version, checksum FROM schema_version");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getInt(1), rs.getString(2));
            }
        }
        return out;
    }

    static int version(String script) {
        return Integer.parseInt(script.substring(1, script.indexOf("__")));
    }

    /** The dialect's own copy of a script if it has one, else the shared one. */
    static String read(Dialect dialect, String script) throws AttestException {
        ClassLoader loader = Migrations.class.getClassLoader();
        String path = FOLDER + dialect.folder() + "/" + script;
        if (loader.getResource(path) == null) {
            path = FOLDER + script;
        }
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new AttestException("migration " + script + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AttestException("cannot read migration " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Splits a script into statements: drops {@code --} comment lines and cuts at a semicolon
     * that ends a line. The scripts are ours and hold no semicolons inside literals.
     */
    static List<String> statements(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                out.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the original failure is what the caller must see; a failed rollback adds nothing
        }
    }
}
