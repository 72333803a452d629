package org.attest.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Enumerations of names: capitalised stretches separated by commas or "and" ("in cities such
 * as A, B, C and D"), also with a bracketed count after each ("A (12), B (3) and C (1)"). A name in a list whose other members are places is taken for a place even
 * when it is also a common word, and a member the gazetteer lacks is reported as unresolved.
 */
final class Lists {
    /** One capitalised stretch of words, {@code first..last}, and the list it belongs to. */
    record Item(int first, int last, int group) {}

    private static final int MIN_ITEMS = 3;

    private final List<Item> items = new ArrayList<>();
    /**
     * The index in {@link #items} of each list's first member: a list's members stand together
     * there, so asking about one list reads its members only, not every item of a long report.
     */
    private final List<Integer> groupStart = new ArrayList<>();
    /** Lists whose members carry bracketed counts: names with ages look the same ("Ahmadi (27)"). */
    private final Set<Integer> countedGroups = new HashSet<>();
    private final int[] groupOf;
    /** The index in {@link #items} of the item each word stands in, or -1. */
    private final int[] itemOf;
    /** The last listed candidate of each list, once {@link #sharedCue} has been asked. */
    private Map<Integer, Candidate> lastMember;

    Lists(Tokens t) {
        groupOf = new int[t.size];
        java.util.Arrays.fill(groupOf, -1);
        itemOf = new int[t.size];
        java.util.Arrays.fill(itemOf, -1);
        List<int[]> stretches = stretches(t);
        int g = 0;
        int runStart = 0;
        boolean enumerated = false; // a comma or "and" in the run: brackets alone ("Mahsa (Jina) Amini") list nothing
        boolean counted = false;
        for (int k = 1; k <= stretches.size(); k++) {
            boolean linked = k < stretches.size() && separated(t, stretches.get(k - 1)[1], stretches.get(k)[0]);
            if (linked && !bracket(t, stretches.get(k - 1)[1], stretches.get(k)[0])) {
                enumerated = true;
                counted |= countedGap(gap(t, stretches.get(k - 1)[1], stretches.get(k)[0]));
            }
            if (!linked) {
                if (k - runStart >= MIN_ITEMS && enumerated) {
                    if (counted) {
                        countedGroups.add(g);
                    }
                    groupStart.add(items.size());
                    for (int m = runStart; m < k; m++) {
                        int[] s = stretches.get(m);
                        items.add(new Item(s[0], s[1], g));
                        for (int w = s[0]; w <= s[1]; w++) {
                            groupOf[w] = g;
                            itemOf[w] = items.size() - 1;
                        }
                    }
                    g++;
                }
                runStart = k;
                enumerated = false;
                counted = false;
            }
        }
    }

    /** True when only a bracket stands between two stretches ("Dorud (Lorestan)"). */
    private static boolean bracket(Tokens t, int lastOfPrev, int firstOfNext) {
        String g = gap(t, lastOfPrev, firstOfNext);
        return g.equals("(") || g.equals(")");
    }

    /** What stands between two stretches, without white space. */
    private static String gap(Tokens t, int lastOfPrev, int firstOfNext) {
        return t.text.substring(t.end[lastOfPrev], t.start[firstOfNext]).strip();
    }

    /** Maximal runs of capitalised words joined by spaces, hyphens, ezafe particles or Arabic articles ("Bilad al-Qadeem"). */
    private static List<int[]> stretches(Tokens t) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < t.size) {
            if (!(t.capitalized(i) || t.arabic(i) || ArabicArticles.opensName(t, i)) || t.digits(i)) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < t.size && t.joined(j) && (t.capitalized(j + 1) || t.arabic(j + 1) || isEzafe(t, j + 1)
                    || ArabicArticles.opensName(t, j + 1))) {
                j++;
            }
            out.add(new int[] {i, j});
            i = j + 1;
        }
        return out;
    }

    private static boolean isEzafe(Tokens t, int i) {
        return (t.is(i, "e") || t.is(i, "ye")) && i + 1 < t.size && t.joined(i)
                && t.capitalized(i + 1);
    }

    /** True when only a list separator (or the brackets of "Town (Province)") stands between two stretches. */
    private static boolean separated(Tokens t, int lastOfPrev, int firstOfNext) {
        if (!maySeparate(t, lastOfPrev, firstOfNext)) {
            return false; // most stretches are a clause apart: no string made, no pattern run
        }
        String g = gap(t, lastOfPrev, firstOfNext);
        boolean tally = (g.charAt(0) == ',' || g.charAt(0) == ';') && g.endsWith("in"); // the pattern's ends
        return g.equals(",") || g.equals("and") || g.equals(", and") || g.equals("\u060c") || g.equals("or")
                || g.equals(", or") || g.equals(";") || g.equals("),") || g.equals("(") || g.equals(")")
                || countedGap(g) || tally && TALLY_GAP.matcher(g).matches();
    }

    /**
     * Most characters other than white space in a separator {@link #separated} accepts: the
     * longest is a tally's ("; and seventeen more in", 19); a bracketed count's ("(12), and") and
     * the plain separators' are shorter.
     */
    private static final int SEPARATOR_LETTERS = 19;

    /**
     * False when the gap between two stretches is no separator {@link #separated} accepts: more
     * than {@link #SEPARATOR_LETTERS} characters other than white space, none at all, or a first
     * one that opens none (every separator opens with a comma, a semicolon, a bracket, the Arabic
     * comma, "and" or "or"; a tally's with a comma or a semicolon, or "with" and its count).
     */
    private static boolean maySeparate(Tokens t, int lastOfPrev, int firstOfNext) {
        int n = 0;
        for (int k = t.end[lastOfPrev]; k < t.start[firstOfNext]; k++) {
            char c = t.text.charAt(k);
            if (Character.isWhitespace(c)) {
                continue;
            }
            if (n == 0 && ",;()aow\u060c".indexOf(c) < 0 || ++n > SEPARATOR_LETTERS) {
                return false;
            }
        }
        return n > 0;
    }

    /**
     * "seven in A; three in B, and one in C": a tally that gives each place its count before "in"
     * lists the places as commas alone do. A separator, a count in digits or words, then "in".
     */
    private static final java.util.regex.Pattern TALLY_GAP = java.util.regex.Pattern.compile(
            "(?:,|;|,? and|; and)\\s+(?:\\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                    + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\\s+(?:more\\s+)?in");

    /**
     * "Isfahan with 97, Khorasan Razavi with 85 and Fars with 78": a tally that gives each member
     * its count after "with", then a separator, lists them as commas alone do.
     */
    private static final java.util.regex.Pattern WITH_COUNT_GAP = java.util.regex.Pattern.compile(
            "with\\s+\\d{1,3}(?:,\\d{3})*(?:\\s*,|\\s*;|,?\\s+and)");

    /** A count in brackets, alone or with the lower-case noun of what it counts: "(12)", "(14 arrests)". */
    private static final java.util.regex.Pattern BRACKETED_COUNT =
            java.util.regex.Pattern.compile("\\(\\d{1,5}(?:\\s+[a-z]{2,12})?\\)");

    /**
     * "Nairobi (21), Nakuru (3) and Kisumu (3)", "Tehran (12), Karaj (5)": tallies list each place
     * with its count in brackets. The bracketed digits and the separator after them part two
     * members; a lone name with a bracketed number stays an age ("Soran Ahmadi (27)").
     */
    private static boolean countedGap(String g) {
        if (g.isEmpty() || g.charAt(0) != 'w' && g.charAt(0) != '(') {
            return false; // both patterns open with "with" or a bracket: most gaps ("of", "at") run neither
        }
        if (WITH_COUNT_GAP.matcher(g).matches()) {
            return true;
        }
        java.util.regex.Matcher m = BRACKETED_COUNT.matcher(g);
        if (!m.lookingAt()) {
            return false;
        }
        String rest = g.substring(m.end()).strip();
        return rest.equals(",") || rest.equals("and") || rest.equals(", and") || rest.equals(";");
    }

    void mark(Candidate c) {
        int g = groupOf[c.first];
        if (g >= 0) {
            c.listed = true;
            c.group = g;
            c.tallied = countedGroups.contains(g);
        }
    }

    List<Item> items() {
        return items;
    }

    /** How many members of list {@code group} hold a word that a resolved place covers ({@code covered[w]}). */
    int coveredMembers(int group, boolean[] covered) {
        int n = 0;
        for (int k = groupStart.get(group); k < items.size() && items.get(k).group() == group; k++) {
            Item it = items.get(k);
            for (int w = it.first(); w <= it.last(); w++) {
                if (covered[w]) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    /**
     * True when "in", or "from" after a noun for people by where they live ("farmers from"),
     * stands right before the first member of list {@code group}: it places every member. "from"
     * alone may open senders ("letters from Amnesty, Canada and ...").
     */
    boolean placedByCue(Tokens t, int group) {
        int f = group >= 0 && group < groupStart.size() ? items.get(groupStart.get(group)).first() : -1;
        if (f < 1 || !t.joined(f - 1) || t.capitalized(f - 1)) {
            return false;
        }
        return t.is(f - 1, "in")
                || t.is(f - 1, "from") && f >= 2 && t.joined(f - 2) && TownsBySentence.DWELLERS.has(t, f - 2);
    }

    /**
     * Unmarks the lists that hold too few names the indexes know to be lists of places: a slogan
     * ("Woman, Life, Freedom") or a list of persons and their roles lends no place to its one
     * member that is also a town's name. A list of places has at least two known members, and
     * they are at least a third of it (two thirds when its members carry bracketed counts, as
     * victims with their ages do); {@code known} tells a name the indexes know from a common
     * word that only happens to be some town's ("Life", "Woman").
     */
    void unmarkThin(List<Candidate> cands, java.util.function.Predicate<Candidate> known) {
        Map<Integer, Integer> members = new HashMap<>();
        items.forEach(it -> members.merge(it.group(), 1, Integer::sum));
        Map<Integer, Set<Integer>> named = new HashMap<>();
        for (Candidate c : cands) {
            if (c.listed && known.test(c)) {
                named.computeIfAbsent(c.group, g -> new HashSet<>()).add(itemOf[c.first]);
            }
        }
        for (Candidate c : cands) {
            int n = c.listed ? named.getOrDefault(c.group, Set.of()).size() : 0;
            // a tally of places names places in most of its members, a list of victims and ages in few
            int share = c.listed && countedGroups.contains(c.group) ? 2 : 1;
            if (c.listed && (n < 2 || n * 3 < members.get(c.group) * share)) {
                c.listed = false;
                c.group = -1;
            }
        }
    }

    /**
     * "in Zulia, Lara, Carabobo and Bolivar states": a plural cue after the last member of a list
     * names the kind of every member. Returns that kind for a member without a cue of its own, or
     * null.
     */
    String sharedCue(Tokens t, List<Candidate> cands, Candidate c, PlaceLexicon lexicon) {
        if (lastMember == null) {
            lastMember = new HashMap<>(); // the last listed candidate of each list, found once per document
            for (Candidate d : cands) {
                if (d.listed) {
                    lastMember.merge(d.group, d, (x, y) -> y.first > x.first ? y : x);
                }
            }
        }
        Candidate last = lastMember.getOrDefault(c.group, c);
        int next = last.last + 1;
        if (last == c || next >= t.size || !t.joined(last.last) || !t.folded(next).endsWith("s")) {
            return null;
        }
        return lexicon.cueKind(t.folded(next), false);
    }

    /** Fewest other members read as persons that make a list one of persons' names. */
    private static final int PERSON_RUN = 2;

    /**
     * Rejects as a person both words of a member made of two one-word candidates ("Soran Ahmadi":
     * a town's name, then a province's) in a list where at least {@value #PERSON_RUN} other
     * members were read as persons ("Kaveh Mohammadi, Jamal Karimi"): a list of the executed or
     * detained names persons, and two place names in a row are no place's. A member naming a
     * country is left to the country's rules. Call once the context has rejected the persons it knows.
     */
    void rejectPersonPairs(Tokens t, List<Candidate> cands) {
        Map<Integer, Set<Integer>> persons = new HashMap<>();
        for (Candidate c : cands) {
            if (!c.alive() && c.rejected.startsWith("person") && groupOf[c.first] >= 0) {
                persons.computeIfAbsent(groupOf[c.first], g -> new HashSet<>()).add(itemOf[c.first]);
            }
        }
        for (int k = 0; k + 1 < cands.size(); k++) {
            Candidate a = cands.get(k);
            Candidate b = cands.get(k + 1);
            int item = itemOf[a.first];
            if (item < 0 || !a.alive() || !b.alive() || a.words() != 1 || b.words() != 1 || b.first != a.first + 1
                    || itemOf[b.first] != item || !t.gapIs(a.first, " ") || a.namesCountry() || b.namesCountry()) {
                continue;
            }
            Item it = items.get(item);
            Set<Integer> others = new HashSet<>(persons.getOrDefault(it.group(), Set.of()));
            others.remove(item);
            if (it.first() == a.first && it.last() == b.first && others.size() >= PERSON_RUN) {
                a.rejected = "person (two names in a row in a list of persons)";
                b.rejected = a.rejected;
            }
        }
    }

    /** Fewest other members, provinces and no towns, that make a list one of provinces for a name a large town bears too. */
    private static final int PROVINCE_RUN = 3;
    /**
     * The same for a name whose town the text has not yet settled: two provinces suffice there
     * ("Kurdistan, Kermanshah and West Azerbaijan" lists three provinces), while a town the report
     * already named, or a city of millions, keeps its reading ("Basra, Maysan and Dhi Qar" after
     * "protests in Basra"; "New York, Texas and California").
     */
    private static final int UNSETTLED_PROVINCE_RUN = 2;
    /**
     * The same in a tally, where each member carries its count: a count by division ("Alborz with
     * 196, Isfahan with 97, Fars with 85") names divisions, so two other provinces suffice.
     */
    private static final int TALLIED_PROVINCE_RUN = 2;

    /**
     * True when every other member of the candidate's list names a province ({@code namesProvince})
     * and at least {@value #PROVINCE_RUN} of them, more than half, are a province and no town
     * ({@code provinceOnly}): "in Kerala, Tamil Nadu, Puducherry, Assam and West Bengal" lists
     * states, so Puducherry is the territory, not its capital; "in Zulia, Carabobo, Miranda, Lara
     * and Merida" lists states too, though Merida and Lara are also towns of their states. Two are
     * too few to outweigh a large town of the name ("campuses in New York, Texas and California"
     * keeps the city), and a member that names no province ("Cordoba and Rosario") makes a list
     * of towns. {@code cands} holds at least the candidate's fellow members ({@link ListMembers#of}),
     * in document order; so do those of {@link #amongTowns} and {@link #amongCountries}.
     */
    static boolean amongProvinces(List<Candidate> cands, Candidate c, Predicate<Candidate> namesProvince,
                                  Predicate<Candidate> provinceOnly, boolean townSettled) {
        if (!c.listed) {
            return false;
        }
        int provinces = 0;
        int others = 0;
        for (Candidate d : cands) {
            if (d == c || !d.listed || d.group != c.group || !d.alive()) {
                continue;
            }
            if (!namesProvince.test(d)) {
                return false;
            }
            others++;
            if (provinceOnly.test(d)) {
                provinces++;
            }
        }
        int run = c.tallied ? TALLIED_PROVINCE_RUN : townSettled ? PROVINCE_RUN : UNSETTLED_PROVINCE_RUN;
        return provinces >= run && 2 * provinces > others;
    }

    /**
     * True when the candidate stands in a list whose other members, at least two, all name towns
     * ({@code namesTown}): "in Tripoli, Sidon and Nabatieh" lists towns, so a province named
     * after its seat is the seat there.
     */
    static boolean amongTowns(List<Candidate> cands, Candidate c, Predicate<Candidate> namesTown) {
        int towns = 0;
        for (int i = 0; c.listed && i < cands.size(); i++) {
            Candidate d = cands.get(i);
            if (d != c && d.listed && d.group == c.group && d.alive() && !namesTown.test(d)) {
                return false;
            }
            towns += d != c && d.listed && d.group == c.group && d.alive() ? 1 : 0;
        }
        return towns >= 2;
    }

    /**
     * True when the candidate stands in a list whose other members, at least one, all name
     * countries ({@code namesCountry}): "Taiwan, Hong Kong and Thailand" lists territories.
     */
    static boolean amongCountries(List<Candidate> cands, Candidate c, Predicate<Candidate> namesCountry) {
        if (!c.listed) {
            return false;
        }
        int others = 0;
        for (Candidate d : cands) {
            if (d == c || !d.listed || d.group != c.group || !d.alive()) {
                continue;
            }
            if (!namesCountry.test(d)) {
                return false;
            }
            others++;
        }
        return others > 0;
    }
}
