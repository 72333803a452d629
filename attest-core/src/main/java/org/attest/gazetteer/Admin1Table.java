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
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.attest.AttestException;
import org.attest.internal.Validate;

/**
 * The names of first-order administrative divisions, keyed by (country, GeoNames admin1 code)
 * and by normalised name. Immutable and safe to share between threads.
 *
 * <p>Sources: the bundled {@code admin1.tsv} ({@link #loadDefault()}), a table in the same
 * format ({@link #load(Path)}), or GeoNames' own {@code admin1CodesASCII.txt}
 * ({@link #fromGeoNamesFile(Path)}).
 */
public final class Admin1Table {
    /** The resource, next to this class, that {@link #loadDefault()} reads. */
    public static final String DEFAULT_RESOURCE = "admin1.tsv";

    /** The columns of the Attest admin1 table, by header name. */
    enum Column {
        COUNTRY("country"), CODE("code"), NAME("name"), ALIASES("aliases"), ISO3166_2("iso3166_2");

        final String header;

        Column(String header) {
            this.header = header;
        }

        static List<String> headers() {
            return java.util.Arrays.stream(values()).map(c -> c.header).toList();
        }
    }

    /** The columns of GeoNames' {@code admin1CodesASCII.txt}, which has no header line. */
    enum GeoNamesColumn {
        /** {@code CC.code}, e.g. {@code IR.26}. */
        KEY,
        NAME,
        ASCII_NAME,
        GEONAME_ID
    }

    private final List<Admin1> all;
    private final Map<String, Admin1> byCode;
    private final Map<String, List<Admin1>> byName;
    private final Map<String, List<Admin1>> byCountry;

    private Admin1Table(List<Admin1> rows) {
        List<Admin1> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(Admin1::country).thenComparing(Admin1::code));
        this.all = List.copyOf(sorted);
        Map<String, Admin1> codes = new HashMap<>();
        Map<String, List<Admin1>> names = new HashMap<>();
        Map<String, List<Admin1>> countries = new LinkedHashMap<>();
        for (Admin1 a : all) {
            codes.put(codeKey(a.country(), a.code()), a);
            countries.computeIfAbsent(a.country(), k -> new ArrayList<>()).add(a);
            for (String n : a.names()) {
                List<Admin1> list = names.computeIfAbsent(NameKey.normalise(n), k -> new ArrayList<>());
                if (!list.contains(a)) {
                    list.add(a);
                }
            }
        }
        this.byCode = Map.copyOf(codes);
        this.byName = copyOfLists(names);
        this.byCountry = copyOfLists(countries);
    }

    /**
     * A table of the given rows.
     *
     * @throws org.attest.internal.Validate.ContractException when two rows share country and code
     */
    public static Admin1Table of(List<Admin1> rows) {
        Validate.notNull(rows, "rows");
        Map<String, Admin1> seen = new HashMap<>();
        for (Admin1 a : rows) {
            Admin1 before = seen.put(codeKey(a.country(), a.code()), a);
            Validate.isTrue(before == null, "two rows for %s.%s", a.country(), a.code());
        }
        return new Admin1Table(rows);
    }

    /**
     * The table bundled with Attest.
     *
     * @throws IllegalStateException when the bundled resource is missing or malformed (a build defect)
     */
    public static Admin1Table loadDefault() {
        try (InputStream in = Admin1Table.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled " + DEFAULT_RESOURCE + " is missing");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), DEFAULT_RESOURCE);
        } catch (AttestException | IOException e) {
            throw new IllegalStateException("bundled " + DEFAULT_RESOURCE + " is broken: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a table in Attest's format: UTF-8, tab-separated, {@code #} comments, a header line
     * naming the columns {@code country, code, name, aliases, iso3166_2} in any order.
     *
     * @throws AttestException naming the file and line of the first bad row, or the I/O failure
     */
    public static Admin1Table load(Path file) throws AttestException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new AttestException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a table in Attest's format from a reader it does not close.
     *
     * @param source the name used in error messages
     * @throws AttestException naming the source and line of the first bad row
     */
    public static Admin1Table parse(Reader reader, String source) throws AttestException {
        BufferedReader buffered = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<Admin1> rows = new ArrayList<>();
        Map<String, Integer> lines = new HashMap<>();
        for (TsvReader.Row row : TsvReader.read(buffered, source, Column.headers())) {
            String country = row.get(Column.COUNTRY.header);
            String code = row.get(Column.CODE.header);
            String name = row.get(Column.NAME.header);
            checkRow(row, country, code, name, lines);
            rows.add(new Admin1(country, code, name, TsvReader.list(row.get(Column.ALIASES.header)),
                    row.get(Column.ISO3166_2.header)));
        }
        return new Admin1Table(rows);
    }

    /**
     * Reads GeoNames' {@code admin1CodesASCII.txt}: UTF-8, no header, one division a line as
     * {@code CC.code<TAB>name<TAB>asciiname<TAB>geonameid}. The ASCII name becomes an alias
     * when it differs from the name; ISO 3166-2 codes are unknown (empty).
     *
     * @throws AttestException naming the file and line of the first bad row, or the I/O failure
     */
    public static Admin1Table fromGeoNamesFile(Path admin1CodesAscii) throws AttestException {
        String source = admin1CodesAscii.toString();
        List<Admin1> rows = new ArrayList<>();
        Map<String, Integer> lines = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(admin1CodesAscii, StandardCharsets.UTF_8)) {
            int lineNumber = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                int expected = GeoNamesColumn.values().length;
                if (cells.length != expected) {
                    throw new AttestException(source + ":" + lineNumber + ": " + cells.length
                            + " cells, expected " + expected + " (CC.code, name, asciiname, geonameid)");
                }
                String key = cells[GeoNamesColumn.KEY.ordinal()].strip();
                int dot = key.indexOf('.');
                if (dot < 0) {
                    throw new AttestException(source + ":" + lineNumber + ": '" + key + "' is not CC.code");
                }
                String country = key.substring(0, dot);
                String code = key.substring(dot + 1);
                String name = cells[GeoNamesColumn.NAME.ordinal()].strip();
                String ascii = cells[GeoNamesColumn.ASCII_NAME.ordinal()].strip();
                TsvReader.Row row = new TsvReader.Row(source, lineNumber, Map.of());
                checkRow(row, country, code, name, lines);
                List<String> aliases = ascii.isEmpty() || ascii.equals(name) ? List.of() : List.of(ascii);
                rows.add(new Admin1(country, code, name, aliases, ""));
            }
        } catch (IOException e) {
            throw new AttestException(source + ": cannot read: " + e.getMessage(), e);
        }
        return new Admin1Table(rows);
    }

    private static void checkRow(TsvReader.Row row, String country, String code, String name,
            Map<String, Integer> lines) throws AttestException {
        if (!country.matches("[A-Z]{2}")) {
            throw row.error("country '" + country + "' is not an ISO 3166-1 alpha-2 code");
        }
        if (code.isEmpty()) {
            throw row.error("empty admin1 code");
        }
        if (name.isEmpty()) {
            throw row.error("empty name for " + country + "." + code);
        }
        Integer before = lines.put(codeKey(country, code), row.line());
        if (before != null) {
            throw row.error(country + "." + code + " repeats line " + before);
        }
    }

    /**
     * A copy of this table whose rows also carry the aliases and ISO 3166-2 codes that
     * {@code other} has for the same (country, code). Useful to enrich a GeoNames file with the
     * bundled spellings. Names stay this table's.
     */
    public Admin1Table withAliasesFrom(Admin1Table other) {
        List<Admin1> merged = new ArrayList<>();
        for (Admin1 a : all) {
            Optional<Admin1> o = other.byCode(a.country(), a.code());
            if (o.isEmpty()) {
                merged.add(a);
                continue;
            }
            List<String> aliases = new ArrayList<>(a.aliases());
            for (String n : o.get().names()) {
                if (!n.equals(a.name()) && !aliases.contains(n)) {
                    aliases.add(n);
                }
            }
            String iso = a.iso3166_2().isEmpty() ? o.get().iso3166_2() : a.iso3166_2();
            merged.add(new Admin1(a.country(), a.code(), a.name(), aliases, iso));
        }
        return new Admin1Table(merged);
    }

    /** The division with this GeoNames admin1 code, if any. Country case is ignored. */
    public Optional<Admin1> byCode(String country, String code) {
        Validate.notNull(country, "country");
        Validate.notNull(code, "code");
        return Optional.ofNullable(byCode.get(codeKey(country.toUpperCase(Locale.ROOT), code)));
    }

    /**
     * The divisions one of whose names has this key, in table order; empty when none.
     *
     * @param name a name or a key; normalised with {@link NameKey#normalise} (idempotent)
     */
    public List<Admin1> byName(String name) {
        Validate.notNull(name, "name");
        return byName.getOrDefault(NameKey.normalise(name), List.of());
    }

    /** The divisions of one country ordered by code; empty for an unknown country. */
    public List<Admin1> ofCountry(String countryCode) {
        Validate.notNull(countryCode, "countryCode");
        return byCountry.getOrDefault(countryCode.toUpperCase(Locale.ROOT), List.of());
    }

    /** All divisions, ordered by country and code. */
    public List<Admin1> all() {
        return all;
    }

    public int size() {
        return all.size();
    }

    private static String codeKey(String country, String code) {
        return country + "." + code;
    }

    private static <K, V> Map<K, List<V>> copyOfLists(Map<K, List<V>> map) {
        Map<K, List<V>> out = new HashMap<>();
        map.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Map.copyOf(out);
    }
}
