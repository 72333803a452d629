package org.attest.gazetteer;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.attest.AttestException;

/**
 * Loads a gazetteer from its compiled cache, compiling the GeoNames table first when the cache
 * is missing or stale. The cache file's name carries the table's size and modification time and
 * the format version, so an edited table or a new build format is never read from a stale cache.
 */
public final class GazetteerStore {
    private static final int FORMAT = 5;
    private static final int MAGIC = 0x41545347; // "ATSG"

    private final Path cacheDir;

    /** @param cacheDir where compiled indexes are kept; created when needed */
    public GazetteerStore(Path cacheDir) {
        this.cacheDir = cacheDir;
    }

    /** The default GeoNames table fetched by the build: {@code DATA_DIR/geonames/cities500.txt}. */
    public static Path defaultTable(Path dataDir) {
        return dataDir.resolve("geonames").resolve("cities500.txt");
    }

    /** The data directory: {@code $ATTEST_DATA}, the {@code attest.data.dir} property, or ~/.cache/attest. */
    public static Path defaultDataDir() {
        String prop = System.getProperty("attest.data.dir");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        String env = System.getenv("ATTEST_DATA");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "attest");
    }

    /** Loads the compiled form of {@code table}, compiling and caching it first if needed. */
    public Gazetteer load(Path table) throws AttestException {
        if (!Files.isRegularFile(table)) {
            throw new AttestException(table + ": gazetteer table not found"
                    + " (the build fetches the default one: run mvn package, or pass --gazetteer FILE)");
        }
        Path cache;
        try {
            cache = cacheDir.resolve(table.getFileName() + "-" + Files.size(table) + "-"
                    + Files.getLastModifiedTime(table).toMillis() + "-v" + FORMAT + ".idx");
        } catch (IOException e) {
            throw new AttestException(table + ": cannot read (" + e.getMessage() + ")", e);
        }
        if (Files.isRegularFile(cache)) {
            try {
                return read(cache);
            } catch (IOException e) {
                // a truncated or foreign cache file is rebuilt, not trusted
            }
        }
        Gazetteer g = new GazetteerBuilder().build(table);
        try {
            Files.createDirectories(cacheDir);
            Path tmp = Files.createTempFile(cacheDir, "gazetteer", ".part");
            try (OutputStream os = Files.newOutputStream(tmp)) {
                write(g, os);
            }
            Files.move(tmp, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // the index still works without a cache; it will be compiled again next time
        }
        return g;
    }

    static void write(Gazetteer g, OutputStream os) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os, 1 << 16));
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        int n = g.ids.length;
        out.writeInt(n);
        for (int i = 0; i < n; i++) {
            out.writeInt(g.ids[i]);
            out.writeFloat(g.lat[i]);
            out.writeFloat(g.lon[i]);
            out.writeInt(g.population[i]);
            out.writeShort(g.country[i]);
            out.writeShort(g.admin1[i]);
            out.writeShort(g.featureCode[i]);
        }
        out.writeInt(g.strings.length);
        for (String s : g.strings) {
            out.writeUTF(s);
        }
        writeBytes(out, g.names);
        writeInts(out, g.nameOffsets);
        writeBytes(out, g.skeletons);
        writeInts(out, g.skeletonOffsets);
        g.exact.write(out);
        g.skeleton.write(out);
        g.prefixes.write(out);
        out.flush();
    }

    static Gazetteer read(Path file) throws IOException {
        try (InputStream is = Files.newInputStream(file)) {
            DataInputStream in = new DataInputStream(new BufferedInputStream(is, 1 << 20));
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
                throw new IOException("not a gazetteer index of format " + FORMAT);
            }
            int n = in.readInt();
            int[] ids = new int[n];
            float[] lat = new float[n];
            float[] lon = new float[n];
            int[] pop = new int[n];
            short[] cc = new short[n];
            short[] a1 = new short[n];
            short[] fc = new short[n];
            byte[] rec = new byte[n * 22];
            in.readFully(rec);
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(rec);
            for (int i = 0; i < n; i++) {
                ids[i] = b.getInt();
                lat[i] = b.getFloat();
                lon[i] = b.getFloat();
                pop[i] = b.getInt();
                cc[i] = b.getShort();
                a1[i] = b.getShort();
                fc[i] = b.getShort();
            }
            String[] strings = new String[in.readInt()];
            for (int i = 0; i < strings.length; i++) {
                strings[i] = in.readUTF();
            }
            byte[] names = readBytes(in);
            int[] nameOff = readInts(in);
            byte[] skels = readBytes(in);
            int[] skelOff = readInts(in);
            KeyTable exact = KeyTable.read(in);
            KeyTable skeleton = KeyTable.read(in);
            KeyTable prefixes = KeyTable.read(in);
            return new Gazetteer(ids, lat, lon, pop, cc, a1, fc, strings, names, nameOff, skels, skelOff,
                    exact, skeleton, prefixes);
        }
    }

    private static void writeBytes(DataOutputStream out, byte[] b) throws IOException {
        out.writeInt(b.length);
        out.write(b);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return b;
    }

    private static void writeInts(DataOutputStream out, int[] a) throws IOException {
        out.writeInt(a.length);
        for (int v : a) {
            out.writeInt(v);
        }
    }

    private static int[] readInts(DataInputStream in) throws IOException {
        int[] a = new int[in.readInt()];
        byte[] buf = new byte[a.length * 4];
        in.readFully(buf);
        java.nio.ByteBuffer.wrap(buf).asIntBuffer().get(a);
        return a;
    }
}
