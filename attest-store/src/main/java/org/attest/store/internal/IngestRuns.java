package org.attest.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import org.attest.AttestException;
import org.attest.store.IngestRun;

/** The rows of {@code ingest_runs}: one per ingest, opened at its start and closed with its totals. */
final class IngestRuns {
    private IngestRuns() {
    }

    /** Opens a run stamped now; returns its id. */
    static long start(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ingest_runs (started) VALUES (?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, Instant.now().toString());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Closes run {@code runId} with its totals; false when there is no such run. */
    static boolean finish(Connection c, long runId, IngestRun.Totals totals) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE ingest_runs SET finished = ?, new_docs = ?, "
                + "unchanged_docs = ?, failed_docs = ?, replaced_docs = ? WHERE id = ?")) {
            ps.setString(1, Instant.now().toString());
            ps.setLong(2, totals.added());
            ps.setLong(3, totals.unchanged());
            ps.setLong(4, totals.failed());
            ps.setLong(5, totals.replaced());
            ps.setLong(6, runId);
            return ps.executeUpdate() == 1;
        }
    }

    static Optional<IngestRun> read(Connection c, long runId) throws SQLException, AttestException {
        try (PreparedStatement ps = c.prepareStatement("SELECT started, finished, new_docs, unchanged_docs, "
                + "failed_docs, replaced_docs FROM ingest_runs WHERE id = ?")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new IngestRun(runId, Rows.instant(rs.getString("started")),
                        Rows.instant(rs.getString("finished")), new IngestRun.Totals(rs.getLong("new_docs"),
                        rs.getLong("unchanged_docs"), rs.getLong("failed_docs"), rs.getLong("replaced_docs"))));
            }
        }
    }
}
