package org.attest.places;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the words around each candidate: drops persons ("Ebrahim Raisi", "President Rouhani",
 * and the same surname later on its own), names inside organisation names ("Council of
 * Resistance of Iran"), common words and calendar words with no place context, and acronyms;
 * marks place cues ("the city of X", "X province") and list membership ("cities such as A, B
 * and C"), which lend confidence to their members.
 */
final class ContextPass {

    private final PlaceLexicon lexicon;
    private final WireShapes wire;
    private final RegionIndex regions;
    private final Cues cues;
    private final WorldRegions worldRegions;
    private final NameRuns names;
    private final OrganisationNames organisations;
    private final Surnames surnameReader;

    ContextPass(PlaceLexicon lexicon, RegionIndex regions) {
        this.lexicon = lexicon;
        this.regions = regions;
        this.cues = new Cues(lexicon);
        this.wire = new WireShapes(lexicon);
        this.worldRegions = new WorldRegions(lexicon.worldRegions());
        this.names = new NameRuns(lexicon, regions);
        this.organisations = new OrganisationNames(lexicon, wire);
        this.surnameReader = new Surnames(lexicon);
    }

    void apply(Tokens t, List<Candidate> cands, Lists lists) {
        Set<String> surnames = surnameReader.in(t, regionWords(cands, t));
        boolean[] found = new boolean[t.size];
        for (Candidate c : cands) {
            lists.mark(c);
            c.cueKind = cues.of(t, c);
            for (int w = c.first; w <= c.last; w++) {
                found[w] = true;
            }
        }
        cues.chainPlural(t, cands);
        cues.chainPluralAfter(t, cands);
        lists.unmarkThin(cands, c -> knownName(t, c));
        boolean[] known = new boolean[t.size];
        for (Candidate c : cands) {
            if (knownName(t, c)) {
                for (int w = c.first; w <= c.last; w++) {
                    known[w] = true;
                }
            }
        }
        for (Candidate c : cands) {
            if (c.cueKind == null && c.listed) {
                c.cueKind = lists.sharedCue(t, cands, c, lexicon);
            }
            c.rejected = rejection(t, c, surnames, found);
            if (c.alive() && NameParts.givenNameBeforeSurname(t, c, known, lexicon.speechVerbs())) {
                c.rejected = "person (a surname the text repeats follows)";
            }
            if (c.alive() && CountryGivenNames.beforeSurname(t, c, lexicon, regions, known)) {
                c.rejected = "person (a given name a country bears, then a surname)"; // "Israel Katz said"
            }
        }
        organisations.rejectBuildingsInOtherTowns(t, cands);
        UnknownTails.reject(t, cands, known, lexicon, regions);
        NameParts.rejectTownPairs(t, cands, lexicon.facilityWords());
        lists.rejectPersonPairs(t, cands);
        Businesses.reject(t, cands);
        Campuses.reject(t, cands);
        names.reject(t, cands, found);
        CountryParts.reject(t, cands);
    }

    /** See {@link Cues#commonWordsAtHome}: run once the document's country focus is known. */
    void commonWordsAtHome(Tokens t, List<Candidate> cands, java.util.function.Predicate<Candidate> atHome,
                           java.util.function.Predicate<Candidate> ownNameAtHome) {
        cues.commonWordsAtHome(t, cands, atHome, ownNameAtHome);
    }

    /**
     * True when the candidate is a name the indexes know well enough to make a list one of
     * places: a country or province, or a name GeoNames spells so that is no common word ("Life"
     * and "Woman" match only loose spellings).
     */
    private boolean knownName(Tokens t, Candidate c) {
        if (!c.regions.isEmpty()) {
            return true;
        }
        if (c.skeletal || (c.words() == 1 && (lexicon.commonWords().has(t, c.first)
                || lexicon.notPlaces().has(t, c.first)))) {
            return false;
        }
        for (int e : c.entries) {
            if (org.attest.gazetteer.Gazetteer.kindOf(e) != org.attest.gazetteer.Gazetteer.DERIVED) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the word at {@code f} opens a person's name right after a speech verb or a role
     * in lower case ("said Lynn Maalouf", "the activist Soran Karimi"): the next word is
     * capitalised and no title or organisation word ("said Karaj governor ..." keeps Karaj).
     */
    private boolean speakerAfterVerb(Tokens t, int f) {
        String next = t.folded(f + 1);
        String prev = f > 0 && t.joined(f - 1) ? t.folded(f - 1) : "";
        boolean opens = lexicon.speechVerbs().contains(prev) || (lexicon.titles().contains(prev) && !t.capitalized(f - 1));
        return opens && !lexicon.titles().contains(next) && !lexicon.orgWords().contains(next);
    }

    /** Folded words of candidates that name a country or province: never taken for surnames. */
    private static Set<String> regionWords(List<Candidate> cands, Tokens t) {
        Set<String> out = new HashSet<>();
        for (Candidate c : cands) {
            if (!c.regions.isEmpty()) {
                for (int w = c.first; w <= c.last; w++) {
                    out.add(t.folded(w));
                }
            }
        }
        return out;
    }

    /** True when one or two name particles stand right before token {@code f}, after a capitalised word. */
    private boolean afterParticle(Tokens t, int f) {
        int k = f - 1;
        while (k >= 0 && k >= f - 2 && t.joined(k) && lexicon.nameParticles().has(t, k)) {
            k--;
        }
        return k < f - 1 && k >= 0 && t.joined(k) && t.capitalized(k);
    }

    /** True when one or two lower-case name particles and a capitalised word follow word {@code f}: "Vincent van Gogh". */
    private boolean beforeParticleName(Tokens t, int f) {
        int k = f + 1;
        while (k < t.size && k <= f + 2 && t.joined(k - 1) && !t.capitalized(k) && lexicon.nameParticles().has(t, k)) {
            k++;
        }
        return k > f + 1 && k < t.size && t.joined(k - 1) && t.capitalized(k);
    }

    /** The candidate's folded words, joined by single spaces. */
    private static String words(Tokens t, Candidate c) {
        StringBuilder b = new StringBuilder(t.folded(c.first));
        for (int w = c.first + 1; w <= c.last; w++) {
            b.append(' ').append(t.folded(w));
        }
        return b.toString();
    }

    /** Participles after a name and a hyphen that make the name a patron's: "Carnegie-funded". */
    private static final WordSet PATRON_WORDS = WordSet.of(PlaceLexicon.lines("patron-words.txt"));

    private String rejection(Tokens t, Candidate c, Set<String> surnames, boolean[] found) {
        if (worldRegions.around(t, c)) {
            return "world region";
        }
        if (Currencies.named(t, c)) {
            return "currency"; // "US$20", "13 US cents": the money of a country, not a mention of it
        }
        if (NameParts.inByline(t, c) || NameParts.inCreditLine(t, c)) {
            return "person (byline)";
        }
        if (NavigationLines.on(t, c)) {
            return "a site's navigation line"; // "Home | News | Region A | Region B": the site's sections
        }
        if (BylinePlaces.filedFrom(t, c)) {
            return "where a byline's reporter files from";
        }
        if (BylinePlaces.labelsCredit(t, c)) {
            return "label of a photo credit or byline";
        }
        if (WireShapes.datelineCredit(t, c)) {
            return "news agency (credited after a dateline)"; // "OTTAWA (Wirenews) —"
        }
        if (wire.namedAfterAgency(t, c)) {
            return "news agency (named after 'news agency')"; // "the state news agency SANA said"
        }
        if (PersonShapes.someonesRelative(t, c, lexicon.titles())) {
            return "person (after a possessive and a role)"; // "his daughter Nava"
        }
        if (NameParts.compassBeforeUnknown(t, c, found, lexicon)) {
            return NameParts.COMPASS_BEFORE_UNKNOWN;
        }
        if (NameParts.compassOfName(t, c, found) && !NameParts.facilityAhead(t, c.last, lexicon.facilityWords())) {
            // "Zahedan Central Prison" is a building in the town, no part of it
            return CityParts.REASON; // "Colombo North": reported by CityParts when a city is its other half
        }
        if (NameParts.partOfCompound(t, c, found)
                || NameParts.insideFacilityName(t, c, lexicon.facilityWords(), lexicon.notPlaces())) {
            return "part of a longer name";
        }
        if (NamedAfterPlaces.landform(t, c) || NamedAfterPlaces.landformAfter(t, c) || NamedAfterPlaces.closesLandformName(t, c)
                || NamedAfterPlaces.accord(t, c)
                || NamedAfterPlaces.sea(t, c) || NamedAfterPlaces.monument(t, c)) {
            // "Lake Victoria", "the Zambezi river", "Victoria Island", "the Oslo Accords", "the Red Sea resort"
            return "no place (a lake's, a river's, a sea's, an island's, a mountain's, a monument's or an accord's name)";
        }
        if (NamedAfterPlaces.articleAlternate(t, c)) {
            return "no place (an article and words only an alternate name spells)"; // "The Green Zone"
        }
        if (NamedAfterPlaces.numbered(t, c)) {
            return NamedAfterPlaces.NUMBERED; // "Ashraf-3" is a camp in Albania, not the town of Ashraf
        }
        if (c.words() > 1 && c.cueKind == null && lexicon.notPlaces().contains(words(t, c))) {
            return "no place"; // "the White House" is a seat of government, not Casablanca's English name
        }
        int f = c.first;
        if (c.words() == 1 && c.regions.isEmpty() && lexicon.orgWords().has(t, f) && f > 0 && t.joined(f - 1)
                && t.capitalized(f - 1) && !(t.sentenceInitial(f - 1) && lexicon.commonWords().has(t, f - 1))) {
            return "organisation name (its own word closes a name)"; // "Velmar State University", "the City College of"
        }
        if (c.words() == 1 && c.regions.isEmpty() && lexicon.givenNames().has(t, f) && beforeParticleName(t, f)) {
            return "person"; // "Vincent van Gogh": a given name, particles, a surname
        }
        if (CountryAdjectives.adjectival(t, c, regions, lexicon.speechVerbs())) {
            return "demonym"; // "the Thai border", "Thai police": the adjective, not Thailand
        }
        if (DirectionNames.beforePluralCue(t, c, lexicon)) {
            return "a direction before a plural cue"; // "Northern provinces": where in the country, no province
        }
        if (describesNameAfter(t, c)) {
            return "describes the province named after 'of'"; // "the Caspian province of Gilan"
        }
        if (CountryAdjectives.afterStance(t, c)) {
            return "demonym"; // "pro-Tibet rallies": a stance, not a place
        }
        if (CountryAdjectives.beforeIsm(t, c)) {
            return "demonym"; // "US imperialism": a policy, as "American imperialism" is
        }
        if (c.regions.isEmpty() && c.last + 1 < t.size && t.gapIs(c.last, "-") && PATRON_WORDS.has(t, c.last + 1)) {
            return "patron (a name before '-funded')"; // "a Carnegie-funded library": who paid, no town
        }
        if (organisations.municipalWordOfGovernment(t, c)) {
            return "part of a town government's name"; // "City" in "Sheffield City Council"
        }
        if (organisations.brandedAbbreviation(t, c)) {
            return "organisation name (a country's abbreviation closes it)"; // "Reform UK"
        }
        boolean listed = c.listed;
        boolean noCountry = true;
        for (Region r : c.regions) {
            noCountry &= r.kind() != org.attest.model.PlaceKind.COUNTRY;
        }
        if (c.words() == 1 && !t.arabic(f) && noCountry && c.cueKind == null && !listed
                && lexicon.commonWords().has(t, f) && !(t.allCaps(f) && wire.datelineHead(t, c))) {
            return "common word"; // but "FLINT — ..." heads a dateline: the town

        }
        if (c.regions.isEmpty() && c.words() == 1 && t.arabic(f) && lexicon.notPlaces().has(t, f)
                && c.cueKind == null) {
            return "calendar or function word"; // "دوشنبه" (Monday) is not Dushanbe
        }
        if (c.words() == 1 && noCountry && !c.regions.isEmpty() && c.cueKind == null && !listed
                && surnames.contains(t.folded(f)) && !NameRuns.afterLocative(t, f)) {
            return "person"; // "Ana Rocha ... Rocha said": a surname that also names a province, unplaced
        }
        if (c.regions.isEmpty() && c.words() == 1 && !t.arabic(f)) {
            if (t.allCaps(f) && t.end[f] - t.start[f] <= 4 && !wire.datelineHead(t, c)) {
                return "acronym";
            }
            if (lexicon.titles().has(t, f) && (f + 1 < t.size && t.joined(f) && t.capitalized(f + 1) || t.afterThe(c.first))) {
                return "title"; // "the Shah Cheragh shrine", "Imam Reza", "the Shah": a title, not Bandar Shah
            }
            if (lexicon.notPlaces().has(t, f) && c.cueKind == null) {
                return "calendar or function word";
            }
            if (regions.isDemonym(t, f) && (c.cueKind == null || cueAfter(t, c))) {
                return "demonym"; // "the Spanish city" is an adjective before a cue, not Spanish, Ontario
            }
            // "Gwarzo town", "the town of Gwarzo": a cue makes the name a place, whoever bears it too
            if (surnames.contains(t.folded(f)) && (!listed || speaks(t, c)) && c.cueKind == null) {
                return "person";
            }
            if (lexicon.commonWords().has(t, f) && !listed && c.cueKind == null && !(t.allCaps(f) && wire.datelineHead(t, c))) {
                return "common word";
            }
        }
        if (c.words() > 1 && c.regions.isEmpty() && !t.arabic(f) && !listed && c.cueKind == null
                && lexicon.titles().has(t, f) && !CandidateFinder.NAME_OPENERS.has(t, f)) {
            // "Imam Khomeini Hospital" is named after a person, not Bandar-e Emam Khomeyni; "Saint
            // Paul" and "St. Louis" are the towns
            return "title";
        }
        if (c.words() > 1 && c.regions.isEmpty() && CandidateFinder.NAME_OPENERS.has(t, f)
                && possessive(t, c.last)) {
            return "title"; // "St Paul's Cathedral", "St Albans' Hospital": the saint's church or hospital
        }
        if (c.regions.isEmpty() && afterParticle(t, f)) {
            return "person"; // "Bart De Wever", "Ursula von der Leyen"
        }
        if (f > 0 && t.joined(f - 1) && t.capitalized(f - 1)) {
            String prev = t.folded(f - 1);
            // also in a list: "Reza Pahlavi, Maryam Rajavi and Narges Mohammadi" lists persons; a
            // province's name too ("José Adán" is no Aden), unless the word is one of direction
            // the given names hold too ("West Tigray", "East Jerusalem"); a country's name is left
            // to its own rules
            boolean provinceAfterName = noCountry && !lexicon.nameQualifiers().contains(prev)
                    && !lexicon.commonWords().contains(prev);
            if ((lexicon.givenNames().contains(prev) || lexicon.titles().contains(prev))
                    && (c.regions.isEmpty() || provinceAfterName)) {
                return "person";
            }
        }
        if (f > 0 && t.joined(f - 1) && t.capitalized(f - 1) && !listed) {
            String prev = t.folded(f - 1);
            // "the UN rights chief Volker Türk", "Lawyer Mercedes Diaz": a role, then a given name we do not know
            // also a one-word province's name abroad as the surname ("activist Shahla Ahmadi": Al
            // Ahmadi is a Kuwaiti governorate); a country's name is left to its own rules
            if (f > 1 && t.joined(f - 2) && (!t.capitalized(f - 2) || t.sentenceInitial(f - 2))
                    && lexicon.titles().has(t, f - 2)
                    && (c.regions.isEmpty() || noCountry && c.words() == 1 && !lexicon.commonWords().contains(prev))) {
                return "person";
            }
            // "Vice President Kamala Harris": a capitalised title two names back
            if (f > 1 && t.joined(f - 2) && t.capitalized(f - 2) && lexicon.titles().has(t, f - 2)
                    && noCountry && !lexicon.commonWords().contains(prev)) {
                return "person";
            }
        }
        if (c.words() == 1 && f + 1 < t.size && t.joined(f) && t.capitalized(f + 1)
                && ((c.regions.isEmpty() && lexicon.givenNames().has(t, f)) || speakerAfterVerb(t, f))) {
            return "person"; // "said Lynn Maalouf", "opposition leader Chad Mitchell"
        }
        if (c.words() == 1 && c.regions.isEmpty() && otherNamesOnly(c) && lexicon.givenNames().has(t, f)) {
            return "person"; // "Kian's mother": a given name that only another language's name of a town spells
        }
        if (c.regions.isEmpty() && PersonShapes.coupleBeforeSurname(t, c, lexicon.givenNames(), lexicon.orgWords())) {
            return "person (a couple named by one surname)";
        }
        String shape = PersonShapes.of(t, c, NameParts.HYPHEN_WORDS, listed);
        if (shape != null) {
            return shape;
        }
        if (!listed && (withAge(t, c) || NameParts.personApposition(t, c, lexicon.titles()))) {
            return "person";
        }
        if (listed && organisations.streetName(t, c) || organisations.possessiveStreetName(t, c)) {
            return "street or square";
        }
        if (!listed && organisations.inside(t, c)) {
            return "organisation name";
        }
        return null;
    }

    /** True when word {@code w} ends in a possessive: "Paul's", "Albans'" (an apostrophe and a space). */
    private static boolean possessive(Tokens t, int w) {
        int at = t.end[w];
        boolean apostrophe = at < t.text.length() && (t.text.charAt(at) == '\'' || t.text.charAt(at) == '\u2019');
        if (!apostrophe) {
            return false;
        }
        boolean bare = at + 1 < t.text.length() && t.text.charAt(at + 1) == ' ';
        return bare || w + 1 < t.size && t.start[w + 1] == at + 1 && t.is(w + 1, "s");
    }

    /** True when a place cue follows the candidate ("Spanish city", "Kermanshah province"). */
    private boolean cueAfter(Tokens t, Candidate c) {
        return c.last + 1 < t.size && t.joined(c.last) && lexicon.cueKind(t.folded(c.last + 1), false) != null;
    }

    /**
     * True when a word that names no province stands before a province cue that "of" and a
     * capitalised name follow: "the Caspian province of Gilan" names Gilan, and "Caspian" only
     * describes it (here a Michigan town's name). A town before a county cue is kept ("the Shush
     * county of Khuzestan" names the county of Shush).
     */
    private boolean describesNameAfter(Tokens t, Candidate c) {
        int cue = c.last + 1;
        return c.regions.isEmpty() && cue + 2 < t.size && t.gapIs(c.last, " ") && t.gapIs(cue, " ")
                && "province".equals(lexicon.cueKind(t.folded(cue), false)) && t.is(cue + 1, "of")
                && t.gapIs(cue + 1, " ") && t.capitalized(cue + 2);
    }

    /** True when a speech verb follows the candidate: "..., Toronto and London, Shiraz said" ends with a speaker. */
    private boolean speaks(Tokens t, Candidate c) {
        return c.last + 1 < t.size && t.joined(c.last) && lexicon.speechVerbs().has(t, c.last + 1);
    }

    /** True when no entry of the candidate is a town's own name: only alternates and loose spellings. */
    private static boolean otherNamesOnly(Candidate c) {
        for (int e : c.entries) {
            if (org.attest.gazetteer.Gazetteer.kindOf(e) == org.attest.gazetteer.Gazetteer.PRIMARY) {
                return false;
            }
        }
        return true;
    }

    /** "Soran Ahmadi (27)", "Ahmadi (27)": a name followed by an age in brackets is a person. */
    private static boolean withAge(Tokens t, Candidate c) {
        int last = c.last;
        if (last + 1 < t.size && t.joined(last) && t.capitalized(last + 1)) {
            last++;
        }
        if (last + 1 >= t.size || !t.digits(last + 1) || !t.gapIs(last, " (")) {
            return false;
        }
        String age = t.surface(last + 1);
        return age.length() <= 3 && last + 2 <= t.size && t.text.startsWith(")", t.end[last + 1]);
    }
}
