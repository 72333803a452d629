package org.attest.loadbench;

import java.nio.file.Path;
import org.attest.AttestException;
import org.attest.Pipeline;
import org.attest.gazetteer.Admin1Table;
import org.attest.gazetteer.CountryTable;
import org.attest.gazetteer.Gazetteer;
import org.attest.gazetteer.GazetteerStore;
import org.attest.places.RegionIndex;

/** The standard pipeline over the default gazetteer, as {@code attest ingest} builds it. */
final class Pipelines {
    private Pipelines() {
    }

    static Pipeline standard() throws AttestException {
        Path data = GazetteerStore.defaultDataDir();
        Gazetteer g = new GazetteerStore(data.resolve("index")).load(GazetteerStore.defaultTable(data));
        return Pipeline.standard(g, new RegionIndex(CountryTable.loadDefault(), Admin1Table.loadDefault()));
    }
}
