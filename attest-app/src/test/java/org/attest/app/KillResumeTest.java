package org.attest.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.attest.AttestException;
import org.attest.gazetteer.GazetteerStore;
import org.attest.gazetteer.GeoNamesFixture;
import org.attest.store.Counts;
import org.attest.store.Store;
import org.attest.store.StoredDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code attest ingest} in a child JVM killed with SIGKILL part-way through, then run again: the store ends
 * with exactly what one clean run stores, on SQLite and on a fresh PostgreSQL database.
 */
class KillResumeTest {
    /** Enough that the child is far from done when its first batches are committed. */
    private static final int DOCUMENTS = 1500;
    private static final String PG_ADMIN = System.getProperty("attest.test.pg",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

    @TempDir
    static Path dir;
    private static Path corpus;
    private static Counts clean;

    @BeforeAll
    static void corpusAndCleanRun() throws Exception {
        GeoNamesFixture.gazetteer();
        corpus = Files.createDirectory(dir.resolve("corpus"));
        writeCorpus(corpus);
        String db = dir.resolve("clean.db").toString();
        Cli.Run r = Cli.run("ingest", "--db", db, corpus.toString());
        assertThat(r.status()).as(r.err()).isZero();
        clean = counts(db);
        assertThat(clean.documents()).isEqualTo(DOCUMENTS);
    }

    /** Invented reports: a few sentence patterns over many towns, each document different. */
    static void writeCorpus(Path into) throws Exception {
        String[] towns = {"Ahvaz", "Tabriz", "Mashhad", "Shiraz", "Kerman", "Rasht", "Yazd", "Qazvin", "Zanjan",
                "Sanandaj", "Hamedan", "Arak", "Sari", "Gorgan", "Bandar Abbas", "Kermanshah", "Urmia", "Ardabil"};
        String[] who = {"teachers", "nurses", "retirees", "truck drivers", "steel workers", "students", "bakers"};
        String[] did = {"protested outside the governor's office in %s", "went on strike in %s",
                "held a sit-in in front of the city council of %s", "marched through the centre of %s"};
        String[] days = {"Monday", "Tuesday", "Wednesday", "Thursday", "Saturday", "Sunday"};
        for (int i = 0; i < DOCUMENTS; i++) {
            String town = towns[i % towns.length];
            String other = towns[(i * 7 + 3) % towns.length];
            String text = String.format("Report %d%n%nAbout %d %s %s on %s, a local union said. ", i, 20 + i * 3,
                    who[i % who.length], String.format(did[i % did.length], town), days[i % days.length])
                    + String.format("Security forces arrested %d of them, according to a rights group in %s.%n", 1 + i % 9, other);
            Files.writeString(into.resolve(String.format("r%04d.txt", i)), text);
        }
    }

    @Test
    void sqliteSurvivesAKillAndTheRerunStoresEachDocumentOnce() throws Exception {
        killThenResume(dir.resolve("killed.db").toString());
    }

    @Test
    void postgresSurvivesAKillAndTheRerunStoresEachDocumentOnce() throws Exception {
        String name = "attest_kill_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        try (Connection c = DriverManager.getConnection(PG_ADMIN); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name); // our own lower-case hex name: no injection
        } catch (SQLException e) {
            assumeTrue(false, "PostgreSQL at " + PG_ADMIN + " unavailable: " + e.getMessage());
        }
        try {
            killThenResume(PG_ADMIN.replaceFirst("/test\\?", "/" + name + "?"));
        } finally {
            try (Connection c = DriverManager.getConnection(PG_ADMIN); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }

    private static void killThenResume(String db) throws Exception {
        Process first = child(db, "first");
        long atKill = waitForDocuments(db, first, 20);
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        long afterKill = counts(db).documents();
        assertThat(afterKill).as("killed part-way").isGreaterThanOrEqualTo(atKill).isLessThan(DOCUMENTS);

        // the re-run need not be a child: what matters is what the killed one left behind
        Cli.Run second = Cli.run("ingest", "--db", db, corpus.toString());
        assertThat(second.status()).as(second.err()).isZero();
        assertThat(second.out()).contains((DOCUMENTS - afterKill) + " new", afterKill + " unchanged");

        assertThat(withoutRuns(counts(db))).isEqualTo(withoutRuns(clean));
        try (Store s = Store.open(db); Stream<StoredDocument> docs = s.documents()) {
            List<StoredDocument> all = docs.toList();
            assertThat(all).hasSize(DOCUMENTS);
            assertThat(all.stream().map(d -> d.document().sha256()).distinct()).hasSize(DOCUMENTS);
            assertThat(all.stream().map(d -> d.ref().location()).distinct()).hasSize(DOCUMENTS);
        }
    }

    /** {@code attest ingest --db DB CORPUS} in a JVM of its own, as bin/attest runs it. */
    private static Process child(String db, String name) throws Exception {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:+UseSerialGC",
                "-Dattest.data.dir=" + GazetteerStore.defaultDataDir(), "-cp", cp, Main.class.getName(),
                "ingest", "--db", db, corpus.toString()));
        return new ProcessBuilder(cmd).redirectOutput(dir.resolve(name + ".out").toFile())
                .redirectError(dir.resolve(name + ".err").toFile()).start();
    }

    /** Polls the store until it holds {@code n} documents; fails if the child ends first. */
    private static long waitForDocuments(String db, Process p, long n) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            assertThat(p.isAlive()).as("child still running (%s)", new File(dir.toFile(), "first.err")).isTrue();
            try {
                long docs = counts(db).documents();
                if (docs >= n) {
                    return docs;
                }
            } catch (AttestException e) {
                // the child may be creating the schema or holding a write lock: poll again
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no " + n + " documents stored within 120 s");
    }

    private static Counts counts(String db) throws AttestException {
        try (Store s = Store.open(db)) {
            return s.counts();
        }
    }

    private static Counts withoutRuns(Counts c) {
        return new Counts(c.documents(), c.sentences(), c.placeMentions(), c.unresolved(), c.dates(), c.quantities(),
                c.events(), c.eventPlaces(), c.eventQuantities(), c.checks(), c.issues(), 0);
    }
}
