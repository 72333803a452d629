package org.attest.places;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attest.gazetteer.Gazetteer;
import org.attest.gazetteer.NameKeys;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;

/**
 * Whether a name that is a province's also names a town that may be meant instead: the
 * province's eponymous capital ("Kermanshah"), a national capital ("Mexico"), or a large town of
 * that country ("Texas and California" name no towns, "Isfahan, Shiraz and Tabriz" do).
 */
final class ProvinceTowns {
    /** Population above which a town outweighs a province of the same name in a list ("Texas and California"). */
    static final long LARGE_CITY = 100_000;

    /** Population from which a town bearing its province's name as an alternate is what the name means. */
    private static final long METROPOLIS = 1_000_000;

    private final Gazetteer gazetteer;

    ProvinceTowns(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * True when the name also matches a town inside that very province (its eponymous capital),
     * or a national capital of the same name. A town that only an alternate name matches counts
     * when it is the province's seat: "Chiapas" is no name of Chiapa de Corzo's that a writer
     * means, "Esfahan" is Isfahan's; nor is a metropolis that bears the name as an alternate: "New
     * York" alone is New York City, as most writers mean it.
     */
    boolean hasCityIn(Candidate c, Region province) {
        for (int e : c.entries) {
            int p = Gazetteer.placeOf(e);
            int kind = Gazetteer.kindOf(e);
            boolean own = kind == Gazetteer.PRIMARY || (kind == Gazetteer.ALTERNATE
                    && (gazetteer.featureCode(p).equals("PPLA") && spellingOf(gazetteer.name(p), province.name())
                        || gazetteer.population(p) >= METROPOLIS));
            if (own && gazetteer.country(p).equals(province.country())
                    && gazetteer.admin1Code(p).equals(province.admin1Code())
                    && (gazetteer.population(p) >= METROPOLIS || !goesByCityName(p, province))) {
                return true;
            }
            if (kind != Gazetteer.DERIVED && gazetteer.featureCode(p).equals("PPLC")) {
                // "Washington", "Mexico", "Sana'a" (an alternate of Sanaa): the capital is meant more
                // often than the province
                return true;
            }
        }
        return false;
    }

    /**
     * True when a seat's own name and its province's are one name spelt two ways ("Isfahan" and
     * "Esfahan", "As Sulaymaniyah" and "Sulaymaniyah"). GeoNames also gives some seats their
     * province's wholly different name as an alternate ("Akkar" for Halba): a writer who means
     * the seat calls it by its own name, so the province's name then means the province.
     */
    static boolean spellingOf(String townName, String provinceName) {
        String town = NameKeys.fold(townName).replaceAll("[^a-z0-9]", "");
        String province = NameKeys.fold(provinceName).replaceAll("[^a-z0-9]", "");
        if (town.isEmpty() || province.isEmpty()) {
            return true; // nothing to compare: keep the seat's claim
        }
        int allowed = Math.max(1, Math.min(town.length(), province.length()) / 4);
        return town.contains(province) || province.contains(town)
                || NameKeys.boundedDistance(town, province, allowed) <= allowed
                || softG(NameKeys.skeleton(townName)).equals(softG(NameKeys.skeleton(provinceName)));
    }

    /**
     * A consonant frame with the h of Belarusian and Ukrainian written as the g of Russian: one
     * name spelt from either language ("Hrodna" and "Grodno", "Mahilyow" and "Mogilev", "Homyel'"
     * and "Gomel"), as GeoNames names a seat in the one and its province in the other.
     */
    private static String softG(String frame) {
        return frame.replace('h', 'g');
    }

    /** The province's seat (PPLA) when it bears the province's own name ("Qazvin" of Qazvin), or -1. */
    int seatNamedAs(Region province) {
        return seat(province, false);
    }

    /**
     * The province's seat (PPLA) when it bears the province's own name after an Arabic article
     * ("At Tafilah" of Tafilah), or -1: a writer who leaves the article out names the town as
     * writers of "in Kermanshah" do, where the gazetteer spells the town like the province.
     */
    int seatNamedWithArticle(Region province) {
        return seat(province, true);
    }

    private int seat(Region province, boolean article) {
        String name = NameKeys.fold(province.name()).replaceAll("[^a-z0-9]", "");
        for (int p : gazetteer.placesIn(province.country())) {
            if (!gazetteer.featureCode(p).equals("PPLA") || !gazetteer.admin1Code(p).equals(province.admin1Code())) {
                continue;
            }
            String ascii = NameKeys.fold(gazetteer.asciiName(p));
            if (article) {
                Matcher m = ARABIC_ARTICLE.matcher(ascii);
                ascii = m.find() ? ascii.substring(m.end()) : "";
            }
            if (!ascii.isEmpty() && ascii.replaceAll("[^a-z0-9]", "").equals(name)) {
                return p;
            }
        }
        return -1;
    }

    /** An Arabic article that opens a town's name as GeoNames transliterates it: "At Tafilah", "Al-Karak", "As Salt". */
    private static final Pattern ARABIC_ARTICLE =
            Pattern.compile("^(?:al|el|an|ar|as|ash|at|ath|ad|adh|az)[ -]");

    /**
     * The province's seat (PPLA) when one of the seat's spellings opens with the province's name
     * and goes on ("Nabatieh Tahta", Lower Nabatieh, for the governorate of Nabatieh): the town the
     * province is named after, though the gazetteer lacks its short name; -1 when there is none.
     * "Quebec City" is left out: writers keep the bare name for the province ({@link #goesByCityName}).
     */
    int seatOpeningWith(Region province) {
        String name = NameKeys.fold(province.name()).replaceAll("[^a-z0-9]", "");
        if (name.length() < 4) {
            return -1;
        }
        for (int p : gazetteer.placesIn(province.country())) {
            if (!gazetteer.featureCode(p).equals("PPLA") || !gazetteer.admin1Code(p).equals(province.admin1Code())) {
                continue;
            }
            for (Gazetteer.Spelling s : gazetteer.spellings(p)) {
                if (s.compact().length() > name.length() && s.compact().startsWith(name)
                        && !s.compact().equals(name + "city")) {
                    return p;
                }
            }
        }
        return -1;
    }

    /**
     * True when town {@code p} is also called by the province's name and "City" ("Quebec City"):
     * writers then keep the bare name for the province ("Quebec's unions"), unless the town is a
     * metropolis ("New York" alone is New York City).
     */
    private boolean goesByCityName(int p, Region province) {
        for (int e : gazetteer.exact(NameKeys.hash(NameKeys.exactKey(province.name() + " City")))) {
            if (Gazetteer.placeOf(e) == p) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the provinces of Espinar and Tambopata", "Segovia province": a province cue by a name no
     * first-order division bears names a lower division called after its town, not the town.
     * Returns the town {@code m} of candidate {@code c} written then as a province of the town's
     * first-order division (its admin1, no coordinates), as a division below admin1 is in the
     * gold; null for a loose spelling of a town; otherwise {@code m} itself (null stays null).
     */
    static PlaceMention division(Candidate c, PlaceMention m) {
        if (m == null || m.kind() != PlaceKind.CITY || !"province".equals(c.cueKind) || m.admin1() == null) {
            return m;
        }
        if (c.skeletal) {
            // a loose spelling of a town names neither the division nor the town ("the provinces of
            // Carabaya and Lampa" is no Curibaya, "Gulf states" no Gulfport): the gap pass reports it
            return null;
        }
        return new PlaceMention(m.surface(), m.span(), null, m.name(), PlaceKind.PROVINCE, m.country(),
                m.admin1(), null, null, m.confidence(), m.pass() + "+division");
    }

    /**
     * True when a town of that country bears the name as its own, not only as an alternate:
     * "Santander, Colombia" names the department, not Santander de Quilichao, whose short name it is.
     */
    boolean ownNameIn(Candidate c, String country) {
        for (int e : c.entries) {
            if (Gazetteer.kindOf(e) == Gazetteer.PRIMARY && gazetteer.country(Gazetteer.placeOf(e)).equals(country)) {
                return true;
            }
        }
        return false;
    }

    /** True when a town of the name with more than {@link #LARGE_CITY} people lies in that country. */
    boolean hasLargeCityIn(Candidate c, String country) {
        for (int e : c.entries) {
            int p = Gazetteer.placeOf(e);
            if (Gazetteer.kindOf(e) != Gazetteer.DERIVED && gazetteer.country(p).equals(country)
                    && gazetteer.population(p) > LARGE_CITY) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a town of another country bears the name as its own and has more than {@link
     * #LARGE_CITY} people: "Tripoli" is a capital of Libya and a port of Lebanon, so the name is
     * no sign of which country a text is about (repeated, it would outweigh "Beirut").
     */
    boolean hasLargeCityOutside(Candidate c, String country) {
        return hasNamesakeOutside(c, country, LARGE_CITY, false);
    }

    /** A town this many times larger than any namesake abroad is the one a name is taken for. */
    private static final long RIVAL_RATIO = 10;

    /**
     * As {@link #hasLargeCityOutside}, for the town {@code p} the name reads as at its biggest,
     * counting also a town that bears the name as an alternate ("Westminster" is London's City of
     * Westminster as well as towns of the US), but only one with at least a tenth of {@code p}'s
     * people: London's namesake in Ontario has 400,000 and still leaves "London" a sign that a text
     * is about England.
     */
    boolean hasRivalOutside(Candidate c, int p) {
        long floor = Math.max(LARGE_CITY, gazetteer.population(p) / RIVAL_RATIO);
        return hasNamesakeOutside(c, gazetteer.country(p), floor, true);
    }

    private boolean hasNamesakeOutside(Candidate c, String country, long floor, boolean alternates) {
        for (int e : c.entries) {
            int q = Gazetteer.placeOf(e);
            int kind = Gazetteer.kindOf(e);
            if ((kind == Gazetteer.PRIMARY || alternates && kind == Gazetteer.ALTERNATE) && !gazetteer.country(q).equals(country)
                    && gazetteer.population(q) > floor) {
                return true;
            }
        }
        return false;
    }
}
