package org.attest.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.attest.AttestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's own GeoNames table (allCountries.txt, IR.txt) instead of cities500. */
class UserTableTest {
    @TempDir
    Path dir;

    private static String row(long id, String name, String ascii, String alternates, String fclass, String fcode,
                              String cc, String admin1, long population) {
        return String.join("\t", String.valueOf(id), name, ascii, alternates, "30.0", "50.0", fclass, fcode, cc, "",
                admin1, "", "", "", String.valueOf(population), "", "100", "Asia/Tehran", "2024-01-01") + "\n";
    }

    @Test
    void aCountryFileIsCompiledCachedAndLoadedAgainFromTheCache() throws Exception {
        Path table = dir.resolve("XX.txt");
        Files.writeString(table, row(1, "Dehkadeh-ye Nemuneh", "Dehkadeh-ye Nemuneh", "Nemuneh Village", "P", "PPL", "IR", "07", 900)
                + row(2, "Kuh-e Nemuneh", "Kuh-e Nemuneh", "", "T", "MT", "IR", "07", 0)
                + "not a row\n");
        GazetteerStore store = new GazetteerStore(dir.resolve("index"));

        Gazetteer g = store.load(table);
        Gazetteer again = store.load(table);

        assertThat(g.size()).as("only populated places are kept").isEqualTo(1);
        assertThat(g.exact(NameKeys.hash(NameKeys.exactKey("Nemuneh Village")))).hasSize(1);
        assertThat(g.skeleton(NameKeys.hash(NameKeys.skeleton("Dehkadeh Nemuneh")))).hasSize(1);
        assertThat(again.geonameId(0)).isEqualTo(1L);
        assertThat(Files.list(dir.resolve("index"))).anyMatch(p -> p.getFileName().toString().startsWith("XX.txt-"));
    }

    @Test
    void aFileWithoutPopulatedPlacesIsRefusedWithItsName() throws Exception {
        Path table = dir.resolve("empty.txt");
        Files.writeString(table, "nothing here\n");
        assertThatThrownBy(() -> new GazetteerStore(dir.resolve("index")).load(table))
                .isInstanceOf(AttestException.class).hasMessageContaining("empty.txt");
    }
}
