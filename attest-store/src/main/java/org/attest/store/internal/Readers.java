package org.attest.store.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import org.attest.AttestException;

/**
 * A pool of reading connections (HikariCP), so that reads run side by side instead of queueing
 * on the store's one writing connection. Each read is one snapshot: a deferred transaction on a
 * read-only SQLite connection (WAL readers neither wait for the writer nor block it), a
 * REPEATABLE READ, READ ONLY transaction on PostgreSQL.
 */
final class Readers implements AutoCloseable {
    /**
     * Reading connections: about two per core keeps the cores busy while some readers wait on
     * I/O; more would only queue inside the database.
     */
    static final int SIZE = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException, AttestException;
    }

    private final HikariDataSource pool;
    private final Dialect dialect;
    private final String name;

    private Readers(HikariDataSource pool, Dialect dialect, String name) {
        this.pool = pool;
        this.dialect = dialect;
        this.name = name;
    }

    /**
     * Opens the pool (one connection now, the others as reads need them).
     *
     * @param name the store's name for messages, without a password
     */
    static Readers open(Dialect dialect, String dbSpec, String name) throws AttestException {
        HikariConfig config = new HikariConfig();
        config.setPoolName("attest-readers");
        config.setJdbcUrl(dialect.url(dbSpec));
        config.setDataSourceProperties(dialect.readerProperties());
        config.setMaximumPoolSize(SIZE);
        config.setMinimumIdle(1);
        // SQLite: as opened (sqlite-jdbc refuses to change the flag afterwards); PostgreSQL: READ ONLY
        config.setReadOnly(true);
        if (dialect == Dialect.POSTGRESQL) {
            config.setAutoCommit(false);
            config.setTransactionIsolation("TRANSACTION_REPEATABLE_READ");
        }
        try {
            return new Readers(new HikariDataSource(config), dialect, name);
        } catch (RuntimeException e) {
            // Hikari reports a database that cannot be reached as an unchecked exception
            throw new AttestException("cannot open store " + name + " for reading: " + e.getMessage(), e);
        }
    }

    /** Runs work in one read-only snapshot on a pooled connection. */
    <T> T read(String what, Work<T> work) throws AttestException {
        try (Connection c = pool.getConnection()) {
            boolean sqlite = dialect == Dialect.SQLITE;
            if (sqlite) {
                Dialect.execute(c, "BEGIN DEFERRED");
            }
            T out;
            try {
                out = work.run(c);
            } catch (SQLException | AttestException | RuntimeException e) {
                end(c, sqlite, e);
                throw e;
            }
            end(c, sqlite, null);
            return out;
        } catch (SQLException e) {
            throw new AttestException("store " + name + ": cannot " + what + ": " + e.getMessage(), e);
        }
    }

    /** Ends the read; a connection that cannot end it is left out of the pool. */
    private void end(Connection c, boolean sqlite, Exception failure) throws SQLException {
        try {
            if (sqlite) {
                Dialect.execute(c, "COMMIT");
            } else {
                c.rollback();
            }
        } catch (SQLException e) {
            pool.evictConnection(c);
            if (failure == null) {
                throw e;
            }
            failure.addSuppressed(e);
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
