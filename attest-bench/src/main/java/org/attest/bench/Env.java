package org.attest.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attest.AttestException;
import org.attest.Pipeline;
import org.attest.gazetteer.Admin1Table;
import org.attest.gazetteer.CountryTable;
import org.attest.gazetteer.Gazetteer;
import org.attest.gazetteer.GazetteerStore;
import org.attest.places.RegionIndex;

/**
 * What every benchmark needs, loaded once per JVM: the default gazetteer (from its compiled
 * cache), the region tables, the standard pipeline, and where the seed texts and gold are.
 * Built the way the command line builds it ({@code GazetteerOptions.pipeline()}).
 *
 * <p>System properties: {@code attest.shared.dir} (default {@code ../shared} beside the
 * repository), {@code attest.repo.dir} (default: the working directory), and
 * {@code attest.data.dir} as for the command line.
 */
public final class Env {
    private static Env instance;

    public final Gazetteer gazetteer;
    public final RegionIndex regions;
    public final Pipeline pipeline;
    public final Path sharedDir;
    public final Path repoDir;

    private Env(Gazetteer gazetteer, RegionIndex regions, Path repoDir, Path sharedDir) {
        this.gazetteer = gazetteer;
        this.regions = regions;
        this.pipeline = Pipeline.standard(gazetteer, regions);
        this.repoDir = repoDir;
        this.sharedDir = sharedDir;
    }

    /** The JVM's environment, loading the gazetteer on first use. */
    public static synchronized Env get() throws AttestException {
        if (instance == null) {
            Path repo = Path.of(System.getProperty("attest.repo.dir", ".")).toAbsolutePath().normalize();
            String shared = System.getProperty("attest.shared.dir");
            Path sharedDir = shared != null ? Path.of(shared) : repo.resolve("../shared").normalize();
            instance = new Env(loadGazetteer(), regionIndex(), repo, sharedDir);
        }
        return instance;
    }

    /** Loads the default gazetteer from its compiled cache (compiling it first if missing). */
    public static Gazetteer loadGazetteer() throws AttestException {
        Path data = GazetteerStore.defaultDataDir();
        return new GazetteerStore(data.resolve("index")).load(GazetteerStore.defaultTable(data));
    }

    public static RegionIndex regionIndex() {
        return new RegionIndex(CountryTable.loadDefault(), Admin1Table.loadDefault());
    }

    /** The seed corpus folder, or null when {@code shared/} is absent. */
    public Path seedsDir() {
        Path p = sharedDir.resolve("corpus/seeds");
        return Files.isDirectory(p) ? p : null;
    }

    /** The gold folder for the seeds, or null when absent. */
    public Path goldDir() {
        Path p = sharedDir.resolve("gold/seeds");
        return Files.isDirectory(p) ? p : null;
    }

    /**
     * Where the synthetic corpus takes its paragraphs from: the seed texts and the bundled
     * examples when {@code shared/} is present, the examples alone otherwise.
     */
    public List<Path> sourceDirs() {
        List<Path> dirs = new ArrayList<>();
        if (seedsDir() != null) {
            dirs.add(seedsDir());
        }
        Path examples = repoDir.resolve("examples");
        if (Files.isDirectory(examples)) {
            dirs.add(examples);
        }
        return dirs;
    }
}
