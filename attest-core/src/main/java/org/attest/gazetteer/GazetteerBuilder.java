package org.attest.gazetteer;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attest.AttestException;

/**
 * Compiles a GeoNames geoname table (cities500, allCountries, a country file) into a
 * {@link Gazetteer}. Only populated places (feature class P) are kept: provinces and countries
 * come from the admin1 and country tables. Which alternate names are indexed is a precision
 * decision: Latin names that carry a capital letter (GeoNames' lower-case romanisations such as
 * "tnkabn" are machine output and collide with common words), Arabic-script names, and never
 * short all-capital codes ("THR", "GCH") that would match acronyms in text.
 */
public final class GazetteerBuilder {
    private static final int MAX_BAD_ROWS_REPORTED = 20;

    private final List<String> badRows = new ArrayList<>();

    /** Reads and compiles {@code file}; a row with the wrong column count is skipped and reported. */
    public Gazetteer build(Path file) throws AttestException {
        Rows rows = new Rows();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split("\t", -1);
                if (row.length < GeoNamesColumn.COUNT - 1) {
                    bad(file, lineNo, "has " + row.length + " columns, expected " + GeoNamesColumn.COUNT);
                    continue;
                }
                if (!"P".equals(GeoNamesColumn.FEATURE_CLASS.of(row))) {
                    continue;
                }
                try {
                    rows.add(row);
                } catch (NumberFormatException e) {
                    bad(file, lineNo, "has a bad number (" + e.getMessage() + ")");
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new AttestException(file + ": cannot read the gazetteer (" + e.getMessage() + ")", e);
        }
        if (rows.ids.isEmpty()) {
            throw new AttestException(file + ": no populated places found; is this a GeoNames geoname table?");
        }
        return rows.freeze();
    }

    /** Problems met in the last build, one line each, at most 20. */
    public List<String> badRows() {
        return List.copyOf(badRows);
    }

    private void bad(Path file, int lineNo, String reason) {
        if (badRows.size() < MAX_BAD_ROWS_REPORTED) {
            badRows.add(file.getFileName() + ":" + lineNo + ": " + reason);
        }
    }

    static boolean indexable(String alt) {
        if (alt.isEmpty()) {
            return false;
        }
        boolean upper = false;
        boolean lower = false;
        boolean arabic = false;
        boolean latin = false;
        for (int i = 0; i < alt.length(); i++) {
            char c = alt.charAt(i);
            if (c >= '\u0600' && c <= '\u06FF') {
                arabic = true;
            } else if (Character.isLetter(c) && c < '\u0250') {
                latin = true;
                upper |= Character.isUpperCase(c);
                lower |= Character.isLowerCase(c);
            }
        }
        if (arabic && !latin) {
            return alt.length() >= 3;
        }
        if (!latin || !upper) {
            return false;
        }
        return lower || alt.length() > 4; // "THR", "GCH": codes, not names
    }

    /** Growing columns, then frozen into the gazetteer's arrays. */
    private static final class Rows {
        final List<Integer> ids = new ArrayList<>();
        final List<float[]> coords = new ArrayList<>();
        final List<Integer> population = new ArrayList<>();
        final List<short[]> codes = new ArrayList<>();
        final ByteArrayOutputStream names = new ByteArrayOutputStream(1 << 22);
        final List<Integer> nameOffsets = new ArrayList<>();
        final ByteArrayOutputStream skeletons = new ByteArrayOutputStream(1 << 22);
        final List<Integer> skeletonOffsets = new ArrayList<>();
        final Map<String, Short> strings = new HashMap<>();
        final List<String> stringList = new ArrayList<>();
        final KeyTable.Builder exact = new KeyTable.Builder();
        final KeyTable.Builder skeleton = new KeyTable.Builder();
        final KeyTable.Builder prefixes = new KeyTable.Builder();

        short intern(String s) {
            return strings.computeIfAbsent(s, k -> {
                stringList.add(k);
                return (short) (stringList.size() - 1);
            });
        }

        void add(String[] row) {
            int place = ids.size();
            ids.add(Integer.parseInt(GeoNamesColumn.GEONAMEID.of(row)));
            coords.add(new float[] {Float.parseFloat(GeoNamesColumn.LATITUDE.of(row)),
                    Float.parseFloat(GeoNamesColumn.LONGITUDE.of(row))});
            String pop = GeoNamesColumn.POPULATION.of(row);
            population.add(pop.isEmpty() ? 0 : (int) Math.min(Long.parseLong(pop), 0xffffffffL));
            codes.add(new short[] {intern(GeoNamesColumn.COUNTRY_CODE.of(row)),
                    intern(GeoNamesColumn.ADMIN1_CODE.of(row)), intern(GeoNamesColumn.FEATURE_CODE.of(row))});
            String name = GeoNamesColumn.NAME.of(row);
            String ascii = GeoNamesColumn.ASCIINAME.of(row);
            nameOffsets.add(names.size());
            names.writeBytes(name.getBytes(StandardCharsets.UTF_8));
            nameOffsets.add(names.size());
            names.writeBytes(ascii.getBytes(StandardCharsets.UTF_8));

            Set<String> skels = new LinkedHashSet<>();
            index(place, name, Gazetteer.PRIMARY, skels);
            index(place, ascii, Gazetteer.PRIMARY, skels);
            for (String alt : GeoNamesColumn.ALTERNATENAMES.of(row).split(",")) {
                if (indexable(alt)) {
                    index(place, alt, Gazetteer.ALTERNATE, skels);
                }
            }
            skeletonOffsets.add(skeletons.size());
            skeletons.writeBytes(String.join("\n", skels).getBytes(StandardCharsets.ISO_8859_1));
        }

        private void index(int place, String name, int kind, Set<String> skels) {
            List<String> tokens = NameKeys.tokens(NameKeys.fold(name));
            if (tokens.isEmpty()) {
                return;
            }
            addKey(place, tokens, kind, skels);
            // "Torbat-e Jam" is written "Torbat Jam" as often as not: index the name without its ezafe
            List<String> plain = new ArrayList<>(tokens.size());
            for (int i = 0; i < tokens.size(); i++) {
                boolean inner = i > 0 && i < tokens.size() - 1;
                if (!(inner && (tokens.get(i).equals("e") || tokens.get(i).equals("ye")))) {
                    plain.add(tokens.get(i));
                }
            }
            if (plain.size() < tokens.size()) {
                addKey(place, plain, kind == Gazetteer.PRIMARY ? Gazetteer.PRIMARY : kind, skels);
            }
            // "Bandar-e Anzali" is written "Anzali" as often as not: index the port's own name too
            if (tokens.size() >= 2 && tokens.get(0).equals("bandar")) {
                int from = NameKeys.isEzafe(tokens.get(1)) ? 2 : 1;
                if (from < tokens.size()) {
                    addKey(place, tokens.subList(from, tokens.size()), Gazetteer.DERIVED, skels);
                }
            }
        }

        private void addKey(int place, List<String> tokens, int kind, Set<String> skels) {
            exact.add(NameKeys.hash(NameKeys.exactKey(tokens)), place * 4 + kind, 4);
            for (int n = 1; n < tokens.size(); n++) {
                prefixes.add(NameKeys.hash(NameKeys.exactKey(tokens.subList(0, n))), 0, Integer.MAX_VALUE);
            }
            boolean ascii = tokens.stream().allMatch(t -> t.chars().allMatch(c -> c < 128));
            if (ascii) {
                String skel = NameKeys.skeleton(tokens);
                if (skel.length() >= 3) {
                    skeleton.add(NameKeys.hash(skel), place * 4 + kind, 4);
                    skels.add(String.join("", tokens) + "\t" + skel);
                }
            }
        }

        Gazetteer freeze() {
            int n = ids.size();
            int[] idArr = new int[n];
            float[] latArr = new float[n];
            float[] lonArr = new float[n];
            int[] popArr = new int[n];
            short[] cc = new short[n];
            short[] a1 = new short[n];
            short[] fc = new short[n];
            for (int i = 0; i < n; i++) {
                idArr[i] = ids.get(i);
                latArr[i] = coords.get(i)[0];
                lonArr[i] = coords.get(i)[1];
                popArr[i] = population.get(i);
                cc[i] = codes.get(i)[0];
                a1[i] = codes.get(i)[1];
                fc[i] = codes.get(i)[2];
            }
            int[] nameOff = new int[nameOffsets.size() + 1];
            for (int i = 0; i < nameOffsets.size(); i++) {
                nameOff[i] = nameOffsets.get(i);
            }
            nameOff[nameOffsets.size()] = names.size();
            int[] skelOff = new int[n + 1];
            for (int i = 0; i < n; i++) {
                skelOff[i] = skeletonOffsets.get(i);
            }
            skelOff[n] = skeletons.size();
            return new Gazetteer(idArr, latArr, lonArr, popArr, cc, a1, fc, stringList.toArray(new String[0]),
                    names.toByteArray(), nameOff, skeletons.toByteArray(), skelOff,
                    exact.build(), skeleton.build(), prefixes.build());
        }
    }
}
