package org.attest.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.attest.AttestException;
import org.attest.internal.Validate;

/**
 * Countries by ISO code, by normalised name or alias, and by demonym. Immutable and safe to
 * share between threads.
 *
 * <p>Every name and alias denotes one country: a table in which two countries share a
 * normalised name is rejected when loaded. Deliberately absent aliases, because they are
 * ambiguous in English text, include "America", "Congo", "Korea", "Macedonia" and the pronoun-like
 * "US" (the dotted "U.S." and "USA" are present).
 */
public final class CountryTable {
    /** The resource, next to this class, that {@link #loadDefault()} reads. */
    public static final String DEFAULT_RESOURCE = "countries.tsv";

    /** The columns of the countries table, by header name. */
    enum Column {
        ISO2("iso2"), ISO3("iso3"), NAME("name"), ALIASES("aliases"), DEMONYMS("demonyms"),
        LAT("lat"), LON("lon"), REGION("region");

        final String header;

        Column(String header) {
            this.header = header;
        }

        static List<String> headers() {
            return Arrays.stream(values()).map(c -> c.header).toList();
        }
    }

    private final List<Country> all;
    private final Map<String, Country> byIso;
    private final Map<String, Country> byName;
    private final Map<String, List<Country>> byDemonym;

    private CountryTable(List<Country> all, Map<String, Country> byIso, Map<String, Country> byName,
            Map<String, List<Country>> byDemonym) {
        this.all = List.copyOf(all);
        this.byIso = Map.copyOf(byIso);
        this.byName = Map.copyOf(byName);
        Map<String, List<Country>> demonyms = new HashMap<>();
        byDemonym.forEach((k, v) -> demonyms.put(k, List.copyOf(v)));
        this.byDemonym = Map.copyOf(demonyms);
    }

    /**
     * The table bundled with Attest.
     *
     * @throws IllegalStateException when the bundled resource is missing or malformed (a build defect)
     */
    public static CountryTable loadDefault() {
        try (InputStream in = CountryTable.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled " + DEFAULT_RESOURCE + " is missing");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), DEFAULT_RESOURCE);
        } catch (AttestException | IOException e) {
            throw new IllegalStateException("bundled " + DEFAULT_RESOURCE + " is broken: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a countries table: UTF-8, tab-separated, {@code #} comments, a header naming the
     * columns {@code iso2, iso3, name, aliases, demonyms, lat, lon, region} in any order.
     *
     * @throws AttestException naming the file and line of the first bad row, or the I/O failure
     */
    public static CountryTable load(Path file) throws AttestException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new AttestException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a countries table from a reader it does not close.
     *
     * @param source the name used in error messages
     * @throws AttestException naming the source and line of the first bad row
     */
    public static CountryTable parse(Reader reader, String source) throws AttestException {
        BufferedReader buffered = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<Country> all = new ArrayList<>();
        Map<String, Country> byIso = new HashMap<>();
        Map<String, Country> byName = new HashMap<>();
        Map<String, Integer> nameLines = new HashMap<>();
        Map<String, List<Country>> byDemonym = new HashMap<>();
        for (TsvReader.Row row : TsvReader.read(buffered, source, Column.headers())) {
            Country c = toCountry(row);
            if (byIso.containsKey(c.iso2()) || byIso.containsKey(c.iso3())) {
                throw row.error("country " + c.iso2() + "/" + c.iso3() + " repeats an earlier row");
            }
            byIso.put(c.iso2(), c);
            byIso.put(c.iso3(), c);
            for (String n : c.names()) {
                String key = NameKey.normalise(n);
                Country before = byName.putIfAbsent(key, c);
                if (before != null && before != c) {
                    throw row.error("name '" + n + "' also names " + before.iso2() + " (line " + nameLines.get(key) + ")");
                }
                nameLines.putIfAbsent(key, row.line());
            }
            for (String d : c.demonyms()) {
                List<Country> list = byDemonym.computeIfAbsent(NameKey.normalise(d), k -> new ArrayList<>());
                if (!list.contains(c)) {
                    list.add(c);
                }
            }
            all.add(c);
        }
        return new CountryTable(all, byIso, byName, byDemonym);
    }

    private static Country toCountry(TsvReader.Row row) throws AttestException {
        String iso2 = row.get(Column.ISO2.header);
        String iso3 = row.get(Column.ISO3.header);
        String name = row.get(Column.NAME.header);
        if (!iso2.matches("[A-Z]{2}")) {
            throw row.error("iso2 '" + iso2 + "' is not two upper-case letters");
        }
        if (!iso3.matches("[A-Z]{3}")) {
            throw row.error("iso3 '" + iso3 + "' is not three upper-case letters");
        }
        if (name.isEmpty()) {
            throw row.error("empty name for " + iso2);
        }
        double lat = coordinate(row, Column.LAT, 90);
        double lon = coordinate(row, Column.LON, 180);
        return new Country(iso2, iso3, name, TsvReader.list(row.get(Column.ALIASES.header)),
                TsvReader.list(row.get(Column.DEMONYMS.header)), lat, lon, row.get(Column.REGION.header));
    }

    private static double coordinate(TsvReader.Row row, Column column, double limit) throws AttestException {
        String cell = row.get(column.header);
        double value;
        try {
            value = Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw row.error(column.header + " '" + cell + "' is not a number");
        }
        if (!(Math.abs(value) <= limit)) {
            throw row.error(column.header + " " + cell + " is out of range");
        }
        return value;
    }

    /** The country with this ISO 3166-1 alpha-2 or alpha-3 code, if any; case is ignored. */
    public Optional<Country> byIso(String code) {
        Validate.notNull(code, "code");
        return Optional.ofNullable(byIso.get(code.toUpperCase(Locale.ROOT)));
    }

    /** The country with this ISO 3166-1 alpha-2 code, if any; case is ignored. */
    public Optional<Country> byIso2(String iso2) {
        Validate.notNull(iso2, "iso2");
        return iso2.length() == 2 ? byIso(iso2) : Optional.empty();
    }

    /**
     * The country one of whose names or aliases has this key.
     *
     * @param name a name or a key; normalised with {@link NameKey#normalise} (idempotent)
     */
    public Optional<Country> byName(String name) {
        Validate.notNull(name, "name");
        return Optional.ofNullable(byName.get(NameKey.normalise(name)));
    }

    /**
     * The countries whose people this word names: "Iranian", "Iranians", "French". A plural
     * ending in "s" is tried without it. Empty when the word is no demonym; "Congolese" gives two.
     */
    public List<Country> byDemonym(String word) {
        Validate.notNull(word, "word");
        String key = NameKey.normalise(word);
        List<Country> found = byDemonym.get(key);
        if (found == null && key.length() > 3 && key.endsWith("s")) {
            found = byDemonym.get(key.substring(0, key.length() - 1));
        }
        return found == null ? List.of() : found;
    }

    /** Whether this word names the people of some country; see {@link #byDemonym}. */
    public boolean isDemonym(String word) {
        return !byDemonym(word).isEmpty();
    }

    /** All countries, in table order (by alpha-2 code in the bundled table). */
    public List<Country> all() {
        return all;
    }

    public int size() {
        return all.size();
    }
}
