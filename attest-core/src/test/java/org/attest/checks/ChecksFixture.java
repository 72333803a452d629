package org.attest.checks;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.attest.AttestException;
import org.attest.Pipeline;
import org.attest.gazetteer.Admin1Table;
import org.attest.gazetteer.CountryTable;
import org.attest.gazetteer.GeoNamesFixture;
import org.attest.model.Check;
import org.attest.model.Document;
import org.attest.model.Source;
import org.attest.places.RegionIndex;

/** The standard pipeline (real GeoNames, real tables) for checks tests, built once. */
final class ChecksFixture {
    private static Pipeline pipeline;
    static final RegionIndex REGIONS = new RegionIndex(CountryTable.loadDefault(), Admin1Table.loadDefault());

    private ChecksFixture() {}

    static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = Pipeline.standard(GeoNamesFixture.gazetteer(), REGIONS);
        }
        return pipeline;
    }

    /** A plain-text document run through the whole pipeline, checks included. */
    static Document run(String text) {
        try {
            return pipeline().process(new Source("test.txt", "test:test.txt", text.getBytes(StandardCharsets.UTF_8),
                    "text/plain"));
        } catch (AttestException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    static List<Check> checks(Document doc, String kind) {
        return doc.checks().stream().filter(c -> c.kind().equals(kind)).toList();
    }
}
