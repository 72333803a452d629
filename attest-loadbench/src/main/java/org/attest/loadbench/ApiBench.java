package org.attest.loadbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
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
import org.attest.store.EventFilter;
import org.attest.store.Store;
import org.attest.store.internal.JdbcStore;

/**
 * The read API under load. Fill: the extracted documents are stored through {@link Store#put};
 * then their events (with their links to place mentions) are copied by bulk SQL into the same
 * schema, each copy under a new {@code idx} of the same document and with its date moved to
 * another year (2000-2025), until the events table holds the asked number of rows. Then the
 * server runs on loopback in this JVM and {@code wrk} (a second process) loads it with a
 * rotation of filtered URLs ({@link ApiMix}).
 */
final class ApiBench {
    /** One wrk run. */
    record Load(String store, String endpoint, double requestsPerSec, String p50, String p99, long errors,
                double serverCpuMsPerRequest) {
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
                    // events inserted without their document: tell the store's caches (see the V2 migration)
                    s.executeUpdate("UPDATE data_version SET n = n + 1 WHERE slot = 0");
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

    /** The cold cost of a mix: each URL's first request after the store was opened. */
    record Cold(String store, String endpoint, int urls, double medianMs, double maxMs) {
    }

    /**
     * The plans the database makes for some of the mix's events pages, each under its path: the
     * unfiltered page, the first type and year, the countries and provinces, a type, country and year.
     */
    static List<String> plans(Target target, ApiMix mix) throws AttestException {
        List<String> out = new ArrayList<>();
        try (Store store = Store.open(target.storeSpec())) {
            for (EventFilter f : mix.events()) {
                boolean sample = f.equals(mix.events().get(0)) || f.equals(mix.events().get(3))
                        || (f.country() != null && f.type() == null && f.from() == null) || f.type() != null && f.country() != null;
                if (sample) {
                    out.add("`" + ApiMix.eventsPath(f) + "`:");
                    out.add("```");
                    out.addAll(((JdbcStore) store).explainEvents(f));
                    out.add("```");
                }
            }
        }
        return out;
    }

    /**
     * The cold pass, then each endpoint's mix under wrk: first with the server's response cache
     * (its default), then with a second server over the same store that computes every answer
     * anew, so the report shows what the queries and the JSON cost, not only the kept answers.
     */
    static List<Object> load(Target target, String label, int seconds, ApiMix mix) throws AttestException, IOException {
        List<Object> out = new ArrayList<>();
        List<String> events = mix.events().stream().map(ApiMix::eventsPath).toList();
        List<String> stats = mix.stats().stream().map(ApiMix::statsPath).toList();
        try (Store store = Store.open(target.storeSpec())) {
            for (boolean cached : new boolean[] {true, false}) {
                try (AttestServer server = AttestServer.create(store, () -> {
                    throw new AttestException("read-only benchmark server");
                }, ServerConfig.local(0).withResponseCache(cached)).start()) {
                    String base = "http://127.0.0.1:" + server.port();
                    if (cached) {
                        // first requests of a freshly opened store: nothing cached yet, as after a write
                        out.add(cold(label, "GET /api/events", base, events));
                        out.add(cold(label, "GET /api/stats", base, stats));
                    }
                    String how = cached ? "" : ", response cache off";
                    // warm-up (JIT, connections, database pages), then the measured run; one endpoint at a
                    // time, each wrk connection going round its own rotation of the endpoint's URLs
                    Path script = rotation(events);
                    wrk(base, script, 5);
                    out.add(measured(label, "GET /api/events, " + events.size() + " filtered URLs in turn" + how,
                            base, script, seconds));
                    Files.delete(script);
                    script = rotation(stats);
                    wrk(base, script, 5);
                    out.add(measured(label, "GET /api/stats, " + stats.size() + " filtered URLs in turn" + how,
                            base, script, seconds));
                    Files.delete(script);
                    if (!cached) {
                        out.add(warm(label, base, events));
                    }
                }
            }
        }
        return out;
    }

    /**
     * One measured wrk run, with the CPU time this JVM (the server; SQLite runs inside it) spent
     * per request: a figure the other processes' load on the machine distorts far less than
     * requests/s. PostgreSQL's own processes are not in it.
     */
    private static Load measured(String label, String endpoint, String base, Path script, int seconds) {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        Load l = parse(label, endpoint, wrk(base, script, seconds));
        double perRequest = l.requestsPerSec() <= 0 ? 0 : (os.getProcessCpuTime() - cpu) / 1e6 / (l.requestsPerSec() * seconds);
        return new Load(l.store(), l.endpoint(), l.requestsPerSec(), l.p50(), l.p99(), l.errors(), perRequest);
    }

    private static Cold cold(String label, String endpoint, String base, List<String> paths) {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        double[] ms = new double[paths.size()];
        for (int i = 0; i < paths.size(); i++) {
            java.net.http.HttpRequest req = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + paths.get(i)))
                    .timeout(java.time.Duration.ofMinutes(5)).build();
            try {
                long t = System.nanoTime();
                java.net.http.HttpResponse<String> r = client.send(req, java.net.http.HttpResponse.BodyHandlers.ofString());
                ms[i] = (System.nanoTime() - t) / 1e6;
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(paths.get(i) + ": HTTP " + r.statusCode() + " " + r.body());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(paths.get(i), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        double[] sorted = ms.clone();
        java.util.Arrays.sort(sorted);
        return new Cold(label, endpoint, paths.size(), sorted[sorted.length / 2], sorted[sorted.length - 1]);
    }

    /** Each URL's latency on a warm server, one request at a time: the median of five, by URL. */
    record Warm(String store, List<String> paths, double[] medianMs) {
    }

    private static Warm warm(String label, String base, List<String> paths) {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        double[] medians = new double[paths.size()];
        for (int i = 0; i < paths.size(); i++) {
            double[] ms = new double[5];
            for (int k = 0; k < ms.length; k++) {
                ms[k] = time(client, base + paths.get(i));
            }
            java.util.Arrays.sort(ms);
            medians[i] = ms[ms.length / 2];
        }
        return new Warm(label, paths, medians);
    }

    private static double time(java.net.http.HttpClient client, String url) {
        java.net.http.HttpRequest req = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                .timeout(java.time.Duration.ofMinutes(5)).build();
        try {
            long t = System.nanoTime();
            java.net.http.HttpResponse<String> r = client.send(req, java.net.http.HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(url + ": HTTP " + r.statusCode() + " " + r.body());
            }
            return (System.nanoTime() - t) / 1e6;
        } catch (IOException e) {
            throw new UncheckedIOException(url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A wrk script: each connection's thread goes round the paths from its own starting point. */
    private static Path rotation(List<String> paths) throws IOException {
        StringBuilder lua = new StringBuilder("local paths = {\n");
        for (String p : paths) {
            lua.append("  \"").append(p.replace("\\", "\\\\").replace("\"", "\\\"")).append("\",\n");
        }
        lua.append("}\nlocal threads = 0\n")
                .append("function setup(thread) thread:set(\"first\", threads * 7) threads = threads + 1 end\n")
                .append("local i = 0\n")
                .append("function init(args) i = first or 0 end\n")
                .append("function request() i = i + 1 return wrk.format(\"GET\", paths[(i % #paths) + 1]) end\n");
        Path f = Files.createTempFile("attest-loadbench-", ".lua");
        Files.writeString(f, lua);
        return f;
    }

    private static String wrk(String base, Path script, int seconds) {
        try {
            Process p = new ProcessBuilder("wrk", "-t2", "-c16", "-d" + seconds + "s", "--timeout", "10s", "--latency",
                    "-s", script.toString(), base)
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
        return new Load(store, endpoint, rps, find(wrk, "\\s50%\\s+(\\S+)", "?"), find(wrk, "\\s99%\\s+(\\S+)", "?"), errors, 0);
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
