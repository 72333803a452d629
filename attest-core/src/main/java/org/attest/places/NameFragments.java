package org.attest.places;

import java.util.BitSet;
import java.util.List;

/**
 * Names that are parts of longer names or of persons' names, not places of their own; each is
 * rejected with its reason before resolution:
 * <ul>
 * <li>a surname after an initial ("Photo: A. Ionescu", "L. Fontaine"): a town's name after one
 *     capital letter and a full stop names a person;</li>
 * <li>the head of a hyphenated name ("Val" of "Val-d'Oise"): a hyphen and a particle
 *     ({@code hyphen-particles.txt}) carry the name on;</li>
 * <li>the tail of a longer name ("Praia" of "Mocimboa da Praia"): a particle
 *     ({@code tail-particles.txt}) joins it to the place name before it;</li>
 * <li>the head of a longer name the gazetteer lacks ("San Juan" of "San Juan de Lurigancho", a
 *     district of Lima): a particle and a capitalised word that names no place carry the name on;
 *     the whole name is reported unresolved ({@link UnplacedRegions});</li>
 * <li>a word of a surname's ending ("Ionescu") that only a loose spelling matches to a town
 *     ({@code loose-surname-endings.txt});</li>
 * <li>a city's district named by a Russian adjective ("the Oktyabrsky district police station"):
 *     the adjective's town elsewhere in the country is not meant
 *     ({@code district-adjective-endings.txt}).</li>
 * </ul>
 * Countries are left alone, and after an initial provinces too: "N. Korea" is a country.
 */
final class NameFragments {
    private static final WordSet HYPHEN_PARTICLES = WordSet.of(PlaceLexicon.lines("hyphen-particles.txt"));
    private static final WordSet TAIL_PARTICLES = WordSet.of(PlaceLexicon.lines("tail-particles.txt"));
    private static final List<String> DISTRICT_ENDINGS = PlaceLexicon.lines("district-adjective-endings.txt");
    private static final List<String> SURNAME_ENDINGS = PlaceLexicon.lines("loose-surname-endings.txt");
    /**
     * Why the head of a longer name is rejected; a head of two words or more ("San Juan") is a
     * town's name, and the whole name is then reported unresolved; one word ("Frente" of "Frente de
     * Choferes Libres") may as well open an organisation's name.
     */
    static final String HEAD_OF_LONGER = "the head of a longer name the gazetteer lacks";
    /** Articles a particle may take before the rest of a name: "San Juan de los Morros". */
    private static final WordSet PARTICLE_ARTICLES = WordSet.of("la", "las", "los", "el", "le", "les");
    /** Words for a district of a city after its adjective. */
    private static final WordSet DISTRICT_WORDS = WordSet.of("district", "districts", "raion", "rayon");

    private NameFragments() {}

    /** Marks the candidates that name a fragment as rejected. */
    static void reject(Tokens t, List<Candidate> cands) {
        BitSet placeEnds = new BitSet(t.size); // last words of names the gazetteer holds
        BitSet placeStarts = new BitSet(t.size); // and their first words
        for (Candidate c : cands) {
            if (c.alive() && (c.entries.length > 0 || !c.regions.isEmpty())) {
                placeEnds.set(c.last);
                placeStarts.set(c.first);
            }
        }
        for (Candidate c : cands) {
            if (!c.alive() || c.namesCountry()) {
                continue;
            }
            if (c.regions.isEmpty() && afterInitial(t, c)) {
                c.rejected = "a surname after an initial";
            } else if (headOfHyphenated(t, c)) {
                c.rejected = "the head of a hyphenated name";
            } else if (tailAfterParticle(t, c, placeEnds)) {
                c.rejected = "the tail of a longer name";
            } else if (longerNameEnd(t, c, placeStarts) >= 0) {
                c.rejected = HEAD_OF_LONGER;
            } else if (c.skeletal && endsIn(t.folded(c.last), SURNAME_ENDINGS)) {
                c.rejected = "a surname, loosely spelt like a town";
            } else if (adjectivalDistrict(t, c)) {
                c.rejected = "a city's district named by an adjective";
            }
        }
    }

    /** "A. Ionescu": one capital letter, a full stop and a space before a one-word name; not an initialism's last letter ("U.S. Virginia"). */
    static boolean afterInitial(Tokens t, Candidate c) {
        int i = c.first - 1;
        if (i < 0 || c.first != c.last || t.end[i] - t.start[i] != 1 || !Character.isUpperCase(t.text.charAt(t.start[i]))
                || !t.gapIs(i, ". ")) {
            return false;
        }
        return i == 0 || !t.text.startsWith(".", t.end[i - 1]);
    }

    /** "Val-d'Oise": a hyphen and a particle after the name. */
    static boolean headOfHyphenated(Tokens t, Candidate c) {
        int n = c.last + 1;
        return n < t.size && t.gapIs(c.last, "-") && !t.capitalized(n) && HYPHEN_PARTICLES.has(t, n);
    }

    /** "Mocimboa da Praia": a particle between a place's name and this one, spaces around it. */
    static boolean tailAfterParticle(Tokens t, Candidate c, BitSet placeEnds) {
        int p = c.first - 1;
        return p > 0 && placeEnds.get(p - 1) && t.gapIs(p - 1, " ") && t.gapIs(p, " ") && !t.capitalized(p)
                && TAIL_PARTICLES.has(t, p);
    }

    /**
     * The last word of the longer name a town's name opens with a particle ("San Juan de
     * Lurigancho", "San Juan de los Morros"), or -1: spaces around the particle and an article after
     * it, then capitalised words of which the first opens no place the gazetteer holds ("Santiago de
     * Chile" is Santiago, in Chile). Asked again by {@link UnplacedRegions} to report the name.
     */
    static int longerNameEnd(Tokens t, Candidate c, BitSet placeStarts) {
        int p = c.last + 1;
        if (p + 1 >= t.size || !t.gapIs(c.last, " ") || !t.gapIs(p, " ") || t.capitalized(p) || !TAIL_PARTICLES.has(t, p)) {
            return -1;
        }
        int n = p + 1;
        if (PARTICLE_ARTICLES.has(t, n) && !t.capitalized(n) && n + 1 < t.size && t.gapIs(n, " ")) {
            n++;
        }
        if (!t.capitalized(n) || t.allCaps(n) || t.digits(n) || placeStarts != null && placeStarts.get(n)) {
            return -1;
        }
        while (n + 1 < t.size && t.gapIs(n, " ") && t.capitalized(n + 1) && !t.allCaps(n + 1)) {
            n++;
        }
        return n;
    }

    /** "the Oktyabrsky district": a name ending as a Russian adjective, then a word for a district. */
    static boolean adjectivalDistrict(Tokens t, Candidate c) {
        int n = c.last + 1;
        if (n >= t.size || !t.gapIs(c.last, " ") || !DISTRICT_WORDS.has(t, n)) {
            return false;
        }
        return endsIn(t.folded(c.last), DISTRICT_ENDINGS);
    }

    /** True when the word ends in one of the endings, with at least three letters before it. */
    private static boolean endsIn(String word, List<String> endings) {
        for (String e : endings) {
            if (word.endsWith(e) && word.length() > e.length() + 2) {
                return true;
            }
        }
        return false;
    }
}
