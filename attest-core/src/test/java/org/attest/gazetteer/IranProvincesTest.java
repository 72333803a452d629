package org.attest.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * All 31 provinces of Iran, checked by hand: the bundled TABLE names each GeoNames admin1 code
 * after the province whose capital carries that code in cities500.
 */
class IranProvincesTest {
    // GeoNames ids of the provincial capitals (cities500).
    static final long TEHRAN = 112931, SHIRAZ = 115019, MASHHAD = 124665, TABRIZ = 113646,
            ORUMIYEH = 121801, ARDABIL = 143083, RASHT = 118743, SARI = 116996, GORGAN = 132892,
            BOJNURD = 140380, BIRJAND = 140463, ZAHEDAN = 1159301, KERMAN = 128234,
            BANDAR_ABBAS = 141681, BUSHEHR = 139817, AHVAZ = 144448, ILAM = 130802,
            KERMANSHAH = 128226, SANANDAJ = 117574, HAMADAN = 132144, KHORRAMABAD = 127349,
            ARAK = 143127, QOM = 119208, QAZVIN = 119505, ZANJAN = 111453, SEMNAN = 116402,
            ISFAHAN = 418863, YAZD = 111822, SHAHR_E_KORD = 115770, YASUJ = 66093, KARAJ = 128747;

    /** Capital → province, as English news names them. */
    static final Map<Long, String> PROVINCE_OF_CAPITAL = capitals();

    /** GeoNames admin1 code → province; what the capitals' rows in cities500 carry. */
    static final Map<String, String> PROVINCE_OF_CODE = Map.ofEntries(
            Map.entry("01", "West Azerbaijan"), Map.entry("03", "Chaharmahal and Bakhtiari"),
            Map.entry("04", "Sistan and Baluchestan"), Map.entry("05", "Kohgiluyeh and Boyer-Ahmad"),
            Map.entry("07", "Fars"), Map.entry("08", "Gilan"), Map.entry("09", "Hamadan"),
            Map.entry("10", "Ilam"), Map.entry("11", "Hormozgan"), Map.entry("13", "Kermanshah"),
            Map.entry("15", "Khuzestan"), Map.entry("16", "Kurdistan"), Map.entry("22", "Bushehr"),
            Map.entry("23", "Lorestan"), Map.entry("25", "Semnan"), Map.entry("26", "Tehran"),
            Map.entry("28", "Isfahan"), Map.entry("29", "Kerman"), Map.entry("32", "Ardabil"),
            Map.entry("33", "East Azerbaijan"), Map.entry("34", "Markazi"), Map.entry("35", "Mazandaran"),
            Map.entry("36", "Zanjan"), Map.entry("37", "Golestan"), Map.entry("38", "Qazvin"),
            Map.entry("39", "Qom"), Map.entry("40", "Yazd"), Map.entry("41", "South Khorasan"),
            Map.entry("42", "Razavi Khorasan"), Map.entry("43", "North Khorasan"), Map.entry("44", "Alborz"));

    private static Map<Long, String> capitals() {
        Map<Long, String> m = new LinkedHashMap<>();
        m.put(TEHRAN, "Tehran");
        m.put(SHIRAZ, "Fars");
        m.put(MASHHAD, "Razavi Khorasan");
        m.put(TABRIZ, "East Azerbaijan");
        m.put(ORUMIYEH, "West Azerbaijan");
        m.put(ARDABIL, "Ardabil");
        m.put(RASHT, "Gilan");
        m.put(SARI, "Mazandaran");
        m.put(GORGAN, "Golestan");
        m.put(BOJNURD, "North Khorasan");
        m.put(BIRJAND, "South Khorasan");
        m.put(ZAHEDAN, "Sistan and Baluchestan");
        m.put(KERMAN, "Kerman");
        m.put(BANDAR_ABBAS, "Hormozgan");
        m.put(BUSHEHR, "Bushehr");
        m.put(AHVAZ, "Khuzestan");
        m.put(ILAM, "Ilam");
        m.put(KERMANSHAH, "Kermanshah");
        m.put(SANANDAJ, "Kurdistan");
        m.put(HAMADAN, "Hamadan");
        m.put(KHORRAMABAD, "Lorestan");
        m.put(ARAK, "Markazi");
        m.put(QOM, "Qom");
        m.put(QAZVIN, "Qazvin");
        m.put(ZANJAN, "Zanjan");
        m.put(SEMNAN, "Semnan");
        m.put(ISFAHAN, "Isfahan");
        m.put(YAZD, "Yazd");
        m.put(SHAHR_E_KORD, "Chaharmahal and Bakhtiari");
        m.put(YASUJ, "Kohgiluyeh and Boyer-Ahmad");
        m.put(KARAJ, "Alborz");
        return Map.copyOf(m);
    }

    private static final Admin1Table TABLE = Admin1Table.loadDefault();

    @Test
    void iranHasExactlyTheThirtyOneProvinces() {
        assertThat(PROVINCE_OF_CAPITAL).hasSize(31);
        assertThat(TABLE.ofCountry("IR")).extracting(Admin1::name)
                .containsExactlyInAnyOrderElementsOf(PROVINCE_OF_CAPITAL.values());
    }

    @Test
    void everyCodeHasItsProvince() {
        PROVINCE_OF_CODE.forEach((code, province) ->
                assertThat(TABLE.byCode("IR", code)).as("IR.%s", code).get()
                        .extracting(Admin1::name).isEqualTo(province));
    }

    @Test
    void provincesCarryTheirCurrentIsoCodes() {
        assertThat(TABLE.byCode("IR", "26").orElseThrow().iso3166_2()).isEqualTo("IR-23");
        assertThat(TABLE.byCode("IR", "07").orElseThrow().iso3166_2()).isEqualTo("IR-07");
        assertThat(TABLE.byCode("IR", "44").orElseThrow().iso3166_2()).isEqualTo("IR-30");
        assertThat(TABLE.ofCountry("IR")).extracting(Admin1::iso3166_2).doesNotHaveDuplicates()
                .allMatch(iso -> iso.matches("IR-[0-3][0-9]"));
    }

    /** Reads the real gazetteer: the capital of each province carries that province's code. */
    @Test
    void capitalsInCities500LieInTheirProvinces() throws IOException {
        Path cities = Path.of(System.getProperty("attest.data.dir",
                System.getProperty("user.home") + "/.cache/attest"), "geonames", "cities500.txt");
        assumeTrue(Files.isReadable(cities), "GeoNames cities500 not fetched: " + cities);
        Map<Long, String> admin1OfId = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(cities, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                List<String> cells = List.of(line.split("\t", GeoNamesCity.values().length + 1));
                if (cells.size() > GeoNamesCity.ADMIN1.ordinal()
                        && "IR".equals(cells.get(GeoNamesCity.COUNTRY.ordinal()))) {
                    admin1OfId.put(Long.parseLong(cells.get(GeoNamesCity.ID.ordinal())),
                            cells.get(GeoNamesCity.ADMIN1.ordinal()));
                }
            }
        }
        PROVINCE_OF_CAPITAL.forEach((id, province) -> {
            String code = admin1OfId.get(id);
            assertThat(code).as("admin1 code of GeoNames %d", id).isNotNull();
            assertThat(TABLE.byCode("IR", code)).as("IR.%s (capital %d)", code, id).get()
                    .extracting(Admin1::name).isEqualTo(province);
        });
    }

    /** The cities500 columns this test reads, at their GeoNames positions. */
    private enum GeoNamesCity {
        ID, NAME, ASCII_NAME, ALTERNATE_NAMES, LATITUDE, LONGITUDE, FEATURE_CLASS, FEATURE_CODE,
        COUNTRY, CC2, ADMIN1
    }
}
