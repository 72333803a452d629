package org.attest.places;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.attest.Stage;
import org.attest.gazetteer.Gazetteer;
import org.attest.gazetteer.NameKeys;
import org.attest.model.Document;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;
import org.attest.model.Span;
import org.attest.model.Unresolved;

/**
 * The places stage: finds every mention of a city, province or country in the text and
 * resolves it to GeoNames, or reports it as unresolved with a reason. Adds
 * {@link Document#places()} (one entry per mention, in text order) and
 * {@link Document#unresolved()}.
 *
 * <p>Order of work: candidates from the gazetteer and region indexes ({@link CandidateFinder});
 * context ({@link ContextPass}: persons, organisations, common words, cues, lists); the
 * document's country focus; resolution ({@link Resolver}); then lists and "in X" phrases whose
 * members the indexes missed are tried for one-letter slips ({@link FuzzyMatcher}) and otherwise
 * reported as unresolved.
 */
public final class Geoparser implements Stage {
    private static final long MIN_POPULATION_ABROAD = 5000;
    /**
     * Seats that a small town abroad may be named for without a cue: a province's or a district's,
     * not the seat of a third- or fourth-order division, which in many countries is a village
     * ("Kolla" in Indonesia for the Kolla people of the Andes).
     */
    private static final Set<String> SEATS_ABROAD = Set.of("PPLC", "PPLA", "PPLA2");
    /** Below this share of the document's country focus, a place is abroad: it needs more evidence. */
    private static final double ABROAD = 0.1;
    /** Share of the document's focus from which a country's loose spellings are trusted. */
    private static final double TRUSTED_SHARE = 0.3;
    /** A country share below this is nothing but rounding: the text names nothing else there. */
    private static final double NOTHING_ELSE = 1e-9;
    /** Longest name, in characters, that is read as a place only in a country the text is about. */
    private static final int SHORT_NAME = 3;
    /** Longest name, in characters, whose loose spelling is read only in a list of places or after a cue. */
    private static final int SHORT_LOOSE_NAME = 5;

    final Gazetteer gazetteer;
    final RegionIndex regions;
    private final CandidateFinder finder;
    private final ContextPass context;
    private final WorldRegions worldRegions;
    private final RoadEnds roadEnds;
    private final ProvinceTowns towns;
    private final CuedProvinces cuedProvinces;
    private final HomeCountries home;
    private final CountryFocus countryFocus;
    final Resolver resolver;
    final FuzzyMatcher fuzzy;
    final PlaceLexicon lexicon;
    /** The cue words after a name ("province", "district"), as a word set: asked of a word, it folds none that no cue hashes like. */
    final WordSet cuesAfter;
    /** The cue words of either side, as a word set: "is this word a cue?", asked of many words of a text. */
    final WordSet cueWords;

    public Geoparser(Gazetteer gazetteer, RegionIndex regions, PlaceLexicon lexicon) {
        this.gazetteer = gazetteer;
        this.regions = regions;
        this.lexicon = lexicon;
        this.cuesAfter = WordSet.of(lexicon.cuesAfter().keySet());
        Set<String> cues = new HashSet<>(lexicon.cuesBefore().keySet());
        cues.addAll(lexicon.cuesAfter().keySet());
        this.cueWords = WordSet.of(cues);
        this.finder = new CandidateFinder(gazetteer, regions, lexicon);
        this.context = new ContextPass(lexicon, regions);
        this.worldRegions = new WorldRegions(lexicon.worldRegions());
        this.roadEnds = new RoadEnds(lexicon, regions);
        this.towns = new ProvinceTowns(gazetteer);
        this.cuedProvinces = new CuedProvinces(gazetteer, new WireShapes(lexicon));
        this.home = new HomeCountries(gazetteer);
        this.resolver = new Resolver(gazetteer);
        this.fuzzy = new FuzzyMatcher(gazetteer);
        this.countryFocus = new CountryFocus(gazetteer, regions, lexicon, towns);
    }

    @Override
    public String name() {
        return "places";
    }

    @Override
    public Document apply(Document doc) {
        Tokens t = new Tokens(doc.text());
        List<Candidate> cands = finder.find(t);
        Lists lists = new Lists(t);
        context.apply(t, cands, lists);
        Resolver.Focus focus = countryFocus.of(t, cands);
        context.commonWordsAtHome(t, cands, c -> home.hold(c, focus), c -> home.holdByOwnName(c, focus));
        Set<String> hints = provinceHints(t, cands, focus);
        Set<String> named = NamedProvinces.of(cands, d -> provinceOnly(d, focus) ? province(d, focus, null) : null);
        LocalHints local = new LocalHints(t, cands, gazetteer, regions);
        SettledTowns settled = new SettledTowns();
        ListMembers members = new ListMembers(cands);
        Set<Long> settledIds = new HashSet<>(); // each settled town once: a long report repeats its towns
        List<PlaceMention> out = new ArrayList<>();
        List<Candidate> from = new ArrayList<>(); // the candidate of each mention of out
        boolean[] covered = new boolean[t.size];
        BitSet dated = new BitSet(doc.text().length());
        doc.dates().forEach(d -> dated.set(d.span().start(), d.span().end()));
        for (Candidate c : cands) {
            int next = dated.nextSetBit(t.start[c.first]);
            if (c.alive() && next >= 0 && next < t.end[c.last]) {
                c.rejected = "part of a date";
            }
        }
        NameFragments.reject(t, cands);
        for (Candidate c : cands) {
            if (!c.alive()) {
                continue;
            }
            PlaceMention m = ProvinceTowns.division(c, resolve(t, members.of(c), c, focus, hints, named, local, settled));
            if ((m == null || m.kind() == PlaceKind.CITY) && DirectionNames.directionOnly(t, c)) {
                c.directionOnly = true; // a region named by direction, no town; reported unresolved
                m = null;
            }
            if (m != null) {
                out.add(m);
                from.add(c);
                for (int w = c.first; w <= c.last; w++) {
                    covered[w] = true;
                }
                if (m.lat() != null && m.kind() == PlaceKind.CITY && m.confidence() >= 0.8) {
                    if (settledIds.add(m.geonameid())) {
                        settled.add(m.lat(), m.lon());
                    }
                }
            }
        }
        cuedProvinces.apply(t, from, out);
        cuedProvinces.containing(t.text, from, out);
        PlaceMention homeDemonym = HomeDemonym.of(t, out, regions, cuesAfter);
        if (homeDemonym != null) {
            out.add(homeDemonym);
        }
        List<Unresolved> unresolved = UnplacedRegions.report(t, cands);
        UnplacedRegions.named(t, worldRegions, covered, unresolved);
        CityParts.report(t, cands, out, unresolved);
        new GapPass(this, t, lists, covered, dated, focus, settled, cands).run(out, unresolved);
        roadEnds.report(t, out, covered, unresolved);
        roadEnds.reportPassed(t, out, covered, unresolved);
        new NamedParts(t, lexicon, regions, cueWords).report(covered, dated, unresolved);
        out.sort(Comparator.comparing(PlaceMention::span));
        unresolved.sort(Comparator.comparing(Unresolved::span));
        return doc.withPlaces(Admin1Display.apply(out), unresolved);
    }

    static Region country(Candidate c) {
        for (Region r : c.regions) {
            if (r.kind() == PlaceKind.COUNTRY) {
                return r;
            }
        }
        return null;
    }

    /**
     * The province the candidate names, in the country the focus weighs most, or in {@code
     * preferred} (the country of the other members of its list: "Buenos Aires, Cordoba and
     * Rosario") when one is named there; null when it names none.
     */
    private Region province(Candidate c, Resolver.Focus focus, String preferred) {
        Region best = null;
        for (Region r : c.regions) {
            if (r.kind() == PlaceKind.PROVINCE && (best == null || r.country().equals(preferred)
                    || (!best.country().equals(preferred) && focus.share(r.country()) > focus.share(best.country())))) {
                best = r;
            }
        }
        return best;
    }

    /** True when the candidate names a province and no town of it: "Kerala", "West Bengal". */
    private boolean provinceOnly(Candidate d, Resolver.Focus focus) {
        Region p = province(d, focus, null);
        return p != null && (d.entries.length == 0 || !towns.hasCityIn(d, p));
    }

    /** "Town (Province)": the province inside the brackets right after a candidate hints at it. */
    private Set<String> provinceHints(Tokens t, List<Candidate> cands, Resolver.Focus focus) {
        Set<String> hints = new HashSet<>();
        for (Candidate c : cands) {
            Region p = c.alive() ? province(c, focus, null) : null;
            if (p != null && c.first > 0 && t.gapBefore(c.first).endsWith("(")) {
                hints.add(p.country() + "." + p.admin1Code());
            }
        }
        return hints;
    }

    private static PlaceMention countryMention(String surface, Span span, Region country) {
        return new PlaceMention(surface, span, null, country.name(), PlaceKind.COUNTRY, country.country(),
                null, null, null, 0.95, "country-name");
    }

    /** Population from which a town's name in a short list of provinces stays the town: "New York, Texas and California". */
    private static final long METROPOLIS = 1_000_000;

    /**
     * True when a town the candidate may name keeps its reading in a short list of provinces: the
     * text settled it before, or it is a city of millions.
     */
    private boolean settledTown(Candidate c, SettledTowns settled) {
        for (int e : c.entries) {
            int p = org.attest.gazetteer.Gazetteer.placeOf(e);
            if (gazetteer.population(p) >= METROPOLIS) {
                return true;
            }
            for (double[] ll : settled.around(gazetteer.lat(p), gazetteer.lon(p))) {
                if (Math.abs(ll[0] - gazetteer.lat(p)) < 1e-4 && Math.abs(ll[1] - gazetteer.lon(p)) < 1e-4) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Prepositions of a point: what lies near or outside a name is near a town, not a province. */
    private static final WordSet NEAR = WordSet.of("near", "outside");

    /** Determiners before "a Minnesota city" that make the name an adjective of the cue after it. */
    private static final WordSet INDEFINITE = WordSet.of("a", "an", "another", "every", "any", "no", "each");

    private PlaceMention resolve(Tokens t, List<Candidate> fellows, Candidate c, Resolver.Focus focus, Set<String> hints,
                                 Set<String> named, LocalHints local, SettledTowns settled) {
        String surface = t.text.substring(t.start[c.first], t.end[c.last]);
        Span span = new Span(t.start[c.first], t.end[c.last]);
        Region country = country(c);
        Region province = province(c, focus, local.listCountry(c));
        province = local.qualifies(c) ? province : focus.provinceUnlessCountry(country, province); // "Atlanta, Georgia"
        // "Kiambu County" is a province of Kenya; "Tehran County" the district of a town
        boolean county = "county".equals(c.cueKind);
        boolean countyProvince = county && province != null && lexicon.countyCountries().contains(province.country());
        if (!countyProvince && CountyNames.countyApart(c, focus)) {
            c.rejected = CountyNames.REASON;
            return null; // "Wayne County" in a report on Michigan is a county, no town of Wayne
        }
        boolean cityCue = "city".equals(c.cueKind) || county && !countyProvince;
        // a province cue outweighs a qualifier after the name: "the state of Merida, Venezuela"
        boolean provinceCue = "province".equals(c.cueKind) || countyProvince || local.provinceOfUnknownTown(c)
                || province != null && Lists.amongProvinces(fellows, c, d -> province(d, focus, null) != null, d -> provinceOnly(d, focus),
                        settledTown(c, settled));
        // "Muskegon, Holland and Kalamazoo": a country's name among the towns of another country is a town's
        String listCountry = local.listCountry(c);
        boolean townAmongTowns = country != null && c.entries.length > 0 && listCountry != null
                && !listCountry.equals(country.country()) && towns.ownNameIn(c, listCountry)
                && Lists.amongTowns(fellows, c, d -> d.entries.length > 0 && country(d) == null && province(d, focus, null) == null);
        if (country != null && !provinceCue && !townAmongTowns && local.qualifiesAsCountry(c)) {
            return countryMention(surface, span, country); // "Batumi, Georgia" names the country
        }
        // "Manchester" is a parish of Jamaica by its short name and a large city of England by its own:
        // in a text that names nothing else of the province's country, the towns decide
        boolean largeCityAbroad = province != null && !provinceCue && towns.hasLargeCityOutside(c, province.country())
                && focus.shareWithout(t, c, province.country()) < NOTHING_ELSE;
        // a qualifier after a name that itself qualifies the town before it is the province's country:
        // "Los Angeles, California, US" names the state, not a town of California in the US
        boolean unqualified = !local.qualified(c) || local.qualifies(c) || province != null && !towns.ownNameIn(c, province.country());
        // a province that qualifies the town before it is the province, whatever town bears its
        // name: "Spokane, Washington" is not the capital
        // "a Minnesota city", "an Ohio town": the name qualifies the cue as an adjective, the
        // cue's town is somewhere in the province (not Minneota, which GeoNames also calls Minnesota)
        // ("a Baku district": a part of a town after the name is the town's, NamedParts.partOfTownAfter)
        boolean cueInProvince = cityCue && province != null && c.first > 0 && t.joined(c.first - 1)
                && INDEFINITE.has(t, c.first - 1) && !NamedParts.partOfTownAfter(t, c);
        if (province != null && !largeCityAbroad && (provinceCue || cueInProvince || unqualified && (c.entries.length == 0
                || local.qualifies(c)
                || (!cityCue && !towns.hasCityIn(c, province) && (!c.listed || !towns.hasLargeCityIn(c, province.country())))))) {
            // "the Plateau district" in a report on Niger: a town's part the gazetteer lacks, not the
            // province of Benin that bears the name; a town cue on a name no town bears leaves the
            // province as far off as no cue would
            boolean partCue = cityCue && c.entries.length == 0;
            boolean abroad = (c.cueKind == null || partCue) && focus.share(province.country()) < 0.2 && !local.qualifies(c);
            if (abroad && (country != null || c.entries.length == 0 || focus.max == 0)) {
                // "Southern", "Centre": a province of a country the text is not about; "Georgia" is
                // then the country of that name; "Kurdistan" in a report on Iraq is left unresolved
                c.provinceAbroad = country == null && c.entries.length == 0 && focus.max > 0
                        && (partCue || !lexicon.commonWords().contains(NameKeys.fold(surface)))
                        && !lexicon.nameQualifiers().contains(NameKeys.fold(surface)); // "South American"
                return country == null ? null : countryMention(surface, span, country);
            }
            if (!abroad && insideNameAlone(t, c, province.country(), focus)) {
                return null; // "Carolina Herrera", "Lara Trump": a person, in a text about elsewhere
            }
            // "a strike near Nabatieh", "in Tripoli, Sidon and Nabatieh": near a point or among towns, a province
            // named after its seat, whose short name the gazetteer lacks, is the seat
            boolean pointCue = c.first > 0 && t.joined(c.first - 1) && NEAR.has(t, c.first - 1)
                    || Lists.amongTowns(fellows, c, d -> d.entries.length > 0 && !provinceOnly(d, focus));
            int seat = !abroad && !provinceCue && c.entries.length == 0 && pointCue ? towns.seatOpeningWith(province) : -1;
            if (seat >= 0) {
                return cityMention(seat, surface, span, 0.8, "province-seat-near");
            }
            // "in Ghazvin": a spelling the gazetteer gives the province alone, of a province named
            // like its seat, is read as the bare name is, the seat ("in Qazvin"); with a province
            // cue it stays the province
            // ("in Tafilah": the province's own name is the seat, too, when the gazetteer spells the seat
            // with an article the writer left out, "At Tafilah")
            boolean ownName = NameKeys.fold(surface).equals(NameKeys.fold(province.name()));
            int namesake = !abroad && !provinceCue && c.cueKind == null && !local.qualifies(c)
                    ? ownName ? towns.seatNamedWithArticle(province) : towns.seatNamedAs(province) : -1;
            if (namesake >= 0) {
                return cityMention(namesake, surface, span, 0.85, "province-alias-seat");
            }
            if (!abroad) {
                return new PlaceMention(surface, span, null, province.name(), PlaceKind.PROVINCE, province.country(),
                        province.name(), null, null, 0.9, "province-name" + (c.cueKind != null ? "+cue" : ""));
            }
            // "Amara" is an Ethiopian region's alias and a city of Iraq: the towns decide, below
        }
        // "Hong Kong": a territory that is one city is named as that city, but as a territory in a
        // list of countries ("students from Taiwan, Hong Kong and Thailand")
        boolean cityTerritory = country != null && c.entries.length > 0 && lexicon.cityTerritories().contains(country.country())
                && !Lists.amongCountries(fellows, c, d -> country(d) != null);
        if (country != null && (!cityCue || c.entries.length == 0) && !cityTerritory && !townAmongTowns) { // "the capital of Niger"
            return countryMention(surface, span, country);
        }
        if (c.entries.length == 0) {
            return null;
        }
        Resolver.Choice ch = resolver.choose(c.homeOnly ? home.entriesIn(c.entries, focus) : c.entries, c.skeletal, focus,
                hints, NamedProvinces.with(local.of(c), named), settled);
        int p = ch.place();
        double share = focus.share(gazetteer.country(p));
        String within = local.withinCountry(c);
        if (within != null && !within.equals(gazetteer.country(p))) {
            return null; // "the Ahmadabad neighbourhood of Mashhad" is no city of India
        }
        if (local.listElsewhere(c, gazetteer.country(p)) && gazetteer.population(p) < ProvinceTowns.LARGE_CITY
                && focus.shareWithout(t, c, gazetteer.country(p)) < ABROAD) {
            // "Koya, Erbil and Sulaymaniyah": a list of Iraqi towns holds no small town of Japan
            // ("Tehran, Mashhad and Hamburg" may well hold a city abroad)
            return null;
        }
        boolean notable = gazetteer.population(p) >= 20_000 || gazetteer.featureCode(p).startsWith("PPLA")
                || gazetteer.featureCode(p).equals("PPLC");
        // a loose spelling is trusted in the countries the text is about, or, when the text names
        // no country at all, for a town large enough to be the likely reading
        boolean trusted = share >= TRUSTED_SHARE || (focus.max == 0 && notable && !t.sentenceInitial(c.first));
        // a short word has many loose neighbours ("Vote" is one letter from Vite): its loose
        // spelling needs a list of places or a cue around it
        boolean shortAlone = t.end[c.last] - t.start[c.first] <= SHORT_LOOSE_NAME && !c.listed && c.cueKind == null;
        if (c.skeletal && (!trusted || shortAlone || LooseSpellings.openingAlternate(t, c, entryOf(c, p))
                || lexicon.commonWords().has(t, c.first)
                || LooseSpellings.speaks(t, c, lexicon.speechVerbs())
                || LooseSpellings.closedUpSmallTown(gazetteer, c, p, notable)
                || !LooseSpellings.closeInLetters(gazetteer, t, c, p))) {
            return null;
        }
        boolean alternateOnly = Gazetteer.kindOf(entryOf(c, p)) != Gazetteer.PRIMARY && !countryFocus.ownScript(t, c, p);
        if (share < TRUSTED_SHARE && t.end[c.last] - t.start[c.first] <= SHORT_NAME && !c.listed && c.cueKind == null) {
            // "Sciences Po", "Al Jazeera": a name of three letters or fewer ("Po" for Bozhou, Al in
            // Norway) needs the text to be about its country
            return null;
        }
        if (focus.max > 0 && alternateOnly && c.words() == 1 && c.cueKind == null
                && (share < ABROAD && (gazetteer.population(p) < 100_000 || t.afterThe(c.first))
                    || afterName(t, c.first) && focus.shareWithout(t, c, gazetteer.country(p)) < ABROAD)) {
            // a city's English exonym ("Geneva") is an alternate too, but not after a name ("Sirvan Ahmadi, Baneh")
            return null; // another country's alternate name for a word of this text ("Rashid" for Rosetta, "the Minga" for Munich)
        }
        if (!c.listed && gazetteer.population(p) < ProvinceTowns.LARGE_CITY && focus.max > 0
                && !local.of(c).containsKey(gazetteer.country(p)) // "the Syrian town of Kobani"
                && (c.cueKind != null || NameParts.insideName(t, c, lexicon) || TownsBySentence.insideCuedName(t, c, lexicon)
                    || NameParts.beforeGroupNoun(t, c, lexicon) || NameParts.headsName(t, c, lexicon))
                && focus.shareWithout(t, c, gazetteer.country(p)) < NOTHING_ELSE) {
            // "Let Yet Kone village", "Aung San Suu Kyi", "Fano militias", "Viedma Hospital": a
            // town of a country the text names nothing else in is not what a village cue, a run
            // of capitalised names, an armed group's or a building's name means
            return null;
        }
        if (share < ABROAD && focus.max > 0 && !c.listed && c.cueKind == null && gazetteer.population(p) < ProvinceTowns.LARGE_CITY
                && !local.of(c).containsKey(gazetteer.country(p)) && LongerNames.opensLongerName(t, c, lexicon)) {
            // "the Chaco Serrano", "the union Terres du Vallon": a small town abroad that a longer
            // name goes on from is that name's first word, in a text about another country
            return null;
        }
        if (focus.max > 0 && !c.listed && c.words() == 1 && t.afterThe(c.first)
                && gazetteer.population(p) < ProvinceTowns.LARGE_CITY && !local.of(c).containsKey(gazetteer.country(p))
                && focus.shareWithout(t, c, gazetteer.country(p)) < NOTHING_ELSE) {
            // "marched along the Alameda", "clashed in the Dala area": a town takes no article, so a
            // small town of a country the text names nothing else in is a street's, a district's or
            // a feature's name of the country the text is about
            return null;
        }
        if (share < 0.5 && !c.listed && c.cueKind == null && gazetteer.population(p) < MIN_POPULATION_ABROAD
                && !SEATS_ABROAD.contains(gazetteer.featureCode(p))) {
            return null;
        }
        return cityMention(p, surface, span, confidence(ch, c), ch.pass() + (c.listed ? "+list" : ""));
    }

    /**
     * True when an uncued, unlisted province name stands inside a run of capitalised words, before
     * a group noun or heading an organisation's name, and the text names nothing else of its
     * country: the words are a person's or a group's name, not the province. A title after it
     * makes it the place of an office ("Kerala Chief Minister").
     */
    private boolean insideNameAlone(Tokens t, Candidate c, String cc, Resolver.Focus focus) {
        boolean beforeTitle = c.last + 1 < t.size && lexicon.titles().has(t, c.last + 1); // "Kerala Chief Minister"
        return c.cueKind == null && !c.listed && country(c) == null && !beforeTitle
                && (NameParts.insideName(t, c, lexicon) || NameParts.beforeGroupNoun(t, c, lexicon)
                    || NameParts.headsName(t, c, lexicon))
                && focus.shareWithout(t, c, cc) < NOTHING_ELSE;
    }

    /** True when a capitalised word that is no common word stands one space before word {@code w}: a given name before a surname. */
    private boolean afterName(Tokens t, int w) {
        return w > 0 && t.gapIs(w - 1, " ") && t.capitalized(w - 1) && !lexicon.commonWords().has(t, w - 1);
    }

    static int entryOf(Candidate c, int place) {
        for (int e : c.entries) {
            if (Gazetteer.placeOf(e) == place) {
                return e;
            }
        }
        return c.entries[0];
    }

    private static double confidence(Resolver.Choice ch, Candidate c) {
        double base = c.skeletal ? 0.75 : 0.9;
        double conf = base + Math.min(0.09, ch.margin() / 50);
        return Math.round(conf * 100) / 100.0;
    }

    PlaceMention cityMention(int p, String surface, Span span, double confidence, String pass) {
        String cc = gazetteer.country(p);
        return new PlaceMention(surface, span, gazetteer.geonameId(p), gazetteer.asciiName(p), PlaceKind.CITY, cc,
                regions.admin1Name(cc, gazetteer.admin1Code(p)), gazetteer.lat(p), gazetteer.lon(p), confidence, pass);
    }
}
