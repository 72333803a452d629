package org.attest.app;

import java.nio.file.Path;
import org.attest.AttestException;
import org.attest.Pipeline;
import org.attest.gazetteer.Admin1Table;
import org.attest.gazetteer.CountryTable;
import org.attest.gazetteer.Gazetteer;
import org.attest.gazetteer.GazetteerStore;
import org.attest.places.RegionIndex;
import picocli.CommandLine.Option;

/** The options that choose the gazetteer, shared by every command that extracts. */
final class GazetteerOptions {
    @Option(names = "--gazetteer", paramLabel = "FILE",
            description = "a GeoNames table (cities500.txt, allCountries.txt, IR.txt); default: the fetched cities500")
    Path gazetteer;

    @Option(names = "--admin1", paramLabel = "FILE", description = "GeoNames admin1CodesASCII.txt instead of the bundled table")
    Path admin1;

    /** Loads the gazetteer (from its compiled cache when it can) and builds the pipeline. */
    Pipeline pipeline() throws AttestException {
        Path data = GazetteerStore.defaultDataDir();
        Path table = gazetteer != null ? gazetteer : GazetteerStore.defaultTable(data);
        Gazetteer g = new GazetteerStore(data.resolve("index")).load(table);
        Admin1Table a1 = admin1 == null ? Admin1Table.loadDefault()
                : Admin1Table.fromGeoNamesFile(admin1).withAliasesFrom(Admin1Table.loadDefault());
        return Pipeline.standard(g, new RegionIndex(CountryTable.loadDefault(), a1));
    }
}
