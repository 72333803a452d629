package org.attest.loadbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attest.AttestException;
import org.attest.model.Document;
import org.attest.server.AttestServer;
import org.attest.server.ServerConfig;
import org.attest.store.Store;

/**
 * The read API under load. Fill: the extracted documents are stored through {@link Store#put};
 * then their events (with their links to place mentions) are copied by bulk SQL into the same
 * schema, each copy under a new {@code idx} of the same document and with its date moved to
 * another year (2000-2025), until the events table holds the asked number of rows. Then the
 * server runs on loopback in this JVM and {@code wrk} (a second process) loads it.
 */
final class ApiBench {
    /** One wrk run. */
    record Load(String store, String endpoint, double requestsPerSec, String p50, String p99, long errors) {
    }

    private static final int STEP = 100_000;

    /** Fills the store; returns the number of events. */
    static long fill(Target target, List<Document> docs, long events) throws AttestException, SQLException {
        try (Store store = Store.open(target.storeSpec())) {
            for (Document d : docs) {
                store.put(d, "bench");
            }
        }
        try (Connection c = target.connect()) {
            c.setAutoCommit(false);
            long n = count(c, "SELECT count(*) FROM events");
            for (int k = 1; n < events; k++) {
                int off = k * STEP;
                String year = String.valueOf(2000 + k % 26);
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO events (document_id, idx, type, event_date, date_precision, claimant, "
                            + "actors, span_start, span_end, evidence, trigger_rule) SELECT document_id, idx + " + off
                            + ", type, CASE WHEN event_date IS NULL THEN NULL ELSE '" + year + "' || substr(event_date, 5) END, "
                            + "date_precision, claimant, actors, span_start, span_end, evidence, trigger_rule FROM events "
                            + "WHERE idx < " + STEP + " LIMIT " + (events - n));
                    s.executeUpdate("INSERT INTO event_places (event_id, pos, place_mention_id) SELECT n.id, ep.pos, "
                            + "ep.place_mention_id FROM events n JOIN events o ON o.document_id = n.document_id AND o.idx = n.idx - "
                            + off + " JOIN event_places ep ON ep.event_id = o.id WHERE n.idx >= " + off + " AND n.idx < " + (off + STEP));
                }
                c.commit();
                n = count(c, "SELECT count(*) FROM events");
            }
            if (target.jdbcUrl().startsWith("jdbc:postgresql")) {
                c.setAutoCommit(true);
                try (Statement s = c.createStatement()) {
                    s.execute("ANALYZE");
                }
            }
            return n;
        }
    }

    static String commonType(Target target) throws SQLException {
        try (Connection c = target.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT type FROM events GROUP BY type ORDER BY count(*) DESC LIMIT 1")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** The query plan of the events page query, as the database explains it. */
    static List<String> plan(Target target, String type, String from, String to) throws SQLException {
        boolean pg = target.jdbcUrl().startsWith("jdbc:postgresql");
        String sql = (pg ? "EXPLAIN ANALYZE " : "EXPLAIN QUERY PLAN ")
                // the page query of EventQuery for type, from and to (its WHERE clause as the store writes it)
                + "SELECT e.id FROM events e JOIN documents d ON d.id = e.document_id WHERE 1 = 1 AND e.type = ?"
                + " AND substr(e.event_date, 1, ?) >= substr(?, 1, length(e.event_date))"
                + " AND substr(e.event_date, 1, ?) <= substr(?, 1, length(e.event_date))"
                + " AND e.event_date >= ? AND e.event_date < ?"
                + " ORDER BY CASE WHEN e.event_date IS NULL THEN 1 ELSE 0 END, e.event_date, e.id LIMIT 50";
        List<String> out = new ArrayList<>();
        try (Connection c = target.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, type);
            ps.setInt(2, from.length());
            ps.setString(3, from);
            ps.setInt(4, to.length());
            ps.setString(5, to);
            ps.setString(6, from.substring(0, 4));
            ps.setString(7, String.valueOf(Integer.parseInt(to.substring(0, 4)) + 1));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(pg ? rs.getString(1) : rs.getString(rs.getMetaData().getColumnCount()));
                }
            }
        }
        return out;
    }

    static List<Load> load(Target target, String label, int seconds, String type, String from, String to)
            throws AttestException {
        List<Load> out = new ArrayList<>();
        try (Store store = Store.open(target.storeSpec());
             AttestServer server = AttestServer.create(store, () -> {
                 throw new AttestException("read-only benchmark server");
             }, ServerConfig.local(0)).start()) {
            String base = "http://127.0.0.1:" + server.port();
            String events = base + "/api/events?type=" + type + "&from=" + from + "&to=" + to + "&limit=50";
            String stats = base + "/api/stats";
            // warm-up (JIT, connection, database caches), then the measured run; one endpoint at a
            // time, so that no request of the other is still holding the store
            wrk(events, 5);
            out.add(parse(label, "GET /api/events?type=" + type + "&from=" + from + "&to=" + to + "&limit=50", wrk(events, seconds)));
            // /api/stats reads every event: time one request first, and load it only if it is fast
            double once = once(stats);
            if (once < 1.0) {
                wrk(stats, 5);
                out.add(parse(label, "GET /api/stats", wrk(stats, seconds)));
            } else {
                out.add(new Load(label, "GET /api/stats (one request; not loaded)", 1 / once,
                        String.format(java.util.Locale.ROOT, "%.1fs", once), "-", 0));
            }
        }
        return out;
    }

    /** Seconds one request takes (the second of two, the first warms up). */
    private static double once(String url) {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpRequest req = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                .timeout(java.time.Duration.ofMinutes(5)).build();
        try {
            double seconds = 0;
            for (int i = 0; i < 2; i++) {
                long t = System.nanoTime();
                java.net.http.HttpResponse<String> r = client.send(req, java.net.http.HttpResponse.BodyHandlers.ofString());
                seconds = (System.nanoTime() - t) / 1e9;
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(url + ": HTTP " + r.statusCode());
                }
            }
            return seconds;
        } catch (IOException e) {
            throw new UncheckedIOException(url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String wrk(String url, int seconds) {
        try {
            Process p = new ProcessBuilder("wrk", "-t2", "-c16", "-d" + seconds + "s", "--timeout", "10s", "--latency", url)
                    .redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run wrk (apt-get install -y wrk)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Load parse(String store, String endpoint, String wrk) {
        double rps = Double.parseDouble(find(wrk, "Requests/sec:\\s+([\\d.]+)", "0"));
        long errors = 0;
        Matcher non2xx = Pattern.compile("Non-2xx or 3xx responses: (\\d+)").matcher(wrk);
        if (non2xx.find()) {
            errors += Long.parseLong(non2xx.group(1));
        }
        Matcher sock = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)").matcher(wrk);
        if (sock.find()) {
            for (int g = 1; g <= 4; g++) {
                errors += Long.parseLong(sock.group(g));
            }
        }
        return new Load(store, endpoint, rps, find(wrk, "\\s50%\\s+(\\S+)", "?"), find(wrk, "\\s99%\\s+(\\S+)", "?"), errors);
    }

    private static String find(String text, String regex, String otherwise) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? m.group(1) : otherwise;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
