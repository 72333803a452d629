package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * Trigger words inside a name, which report no event of their own: a party's or a congress's
 * ("the All People's Congress"), a protest's hashtag ("the #FairFares protests") and a word of a
 * movement's name glossed in brackets ("the Hirak (protest) movement"). Static helpers of
 * {@link NegationPass}, beside {@link NonEvents}. A gathering word inside a building's or a law's
 * name ("the International Conference Centre", "the Peaceful Assembly Act") is none either, nor is a
 * plural one after "of" or "for" in an organisation's name ("the Archive of Public Gatherings"), nor
 * a legend naming a slogan ("Slogan chanted at Dhaka University"), nor a capitalised "Noun of" inside
 * a name ("the Coordinating Assembly of Secondary Students").
 */
final class TriggerNames {
    private TriggerNames() {}

    /** True when the trigger word is part of a name: a party's ("All People's Congress"), a protest's ("#FairFares protests"). */
    static boolean inName(List<Token> tokens, Hit h) {
        return organisationName(tokens, h) || hashtagName(tokens, h) || bracketGloss(tokens, h) || venueOrLawName(tokens, h)
                || pluralAfterOf(tokens, h) || sloganLabel(tokens, h) || bodyName(tokens, h) || capitalisedOfName(tokens, h);
    }

    /**
     * True when a trigger phrase "Noun of" is written with a capital between two capitalised words,
     * in a sentence of prose: "according to the Coordinating Assembly of Secondary Students" names a
     * body, no gathering held (q167). The lower-case "an annual assembly of supporters" stays one.
     */
    private static boolean capitalisedOfName(List<Token> tokens, Hit h) {
        int i = h.first();
        int last = h.last();
        return last == i + 1 && i >= 2 && last + 1 < tokens.size() && tokens.get(i).capitalised()
                && tokens.get(last).lower().equals("of")
                && tokens.get(i - 1).word() && tokens.get(i - 1).capitalised()
                && tokens.get(last + 1).word() && tokens.get(last + 1).capitalised() && prose(tokens);
    }

    /** Marks after which a label's words begin: "\"Woman, Life, Freedom\" - slogan chanted at protests". */
    private static final Set<String> LABEL_MARKS = Set.of("-", "\u2013", "\u2014", ":");

    /**
     * True when the trigger is the participle right after "slogan" that opens a label, at the line's
     * start or after a dash or colon ("Slogan chanted at Dhaka University", "\"Bread, Work,
     * Freedom\" - slogan chanted at protests"): a picture's or a quotation's legend naming a slogan
     * by where it is heard, no protest told. "Protesters chanted the slogan" is a sentence.
     */
    private static boolean sloganLabel(List<Token> tokens, Hit h) {
        int i = h.first();
        if (i != h.last()) {
            return false;
        }
        // the label's noun ("Slogan chanted at ...") or its participle
        int noun = tokens.get(i).lower().equals("slogan") ? i : tokens.get(i).lower().endsWith("ed") ? i - 1 : -1;
        if (noun < 0 || !tokens.get(noun).lower().equals("slogan") || noun + 1 >= tokens.size()
                || !tokens.get(noun + 1).lower().endsWith("ed")) {
            return false;
        }
        return noun == 0 || LABEL_MARKS.contains(tokens.get(noun - 1).surface());
    }

    /** Joiners after an organisation's first word that its name goes on from: "Archive of", "Council for". */
    private static final Set<String> NAME_OF = Set.of("of", "for");
    /** Letters a lower-case word needs to show that the sentence is prose, not a title-case heading. */
    private static final int PROSE_WORD = 4;

    /**
     * True when a capitalised plural trigger noun continues, through "of" or "for", a name that a
     * capitalised word opens, in a sentence of prose: "the Archive of Public Gatherings said", "the
     * Council for Organising Protests of Oil Workers said" name a monitor or a committee, no
     * gathering or protest held. A heading in title case ("Police Detain Dozens of Protesters") has no
     * lower-case word of prose, and a singular noun may be an event's own name ("a National Day of Protest").
     */
    private static boolean pluralAfterOf(List<Token> tokens, Hit h) {
        int i = h.first();
        Token t = tokens.get(i);
        if (i != h.last() || i < 2 || !t.capitalised() || !t.lower().endsWith("s")) {
            return false;
        }
        int k = i - 1;
        while (k > 0 && tokens.get(k).word() && tokens.get(k).capitalised()) {
            k--; // "Public" of "Archive of Public Gatherings"
        }
        if (k < 1 || !NAME_OF.contains(tokens.get(k).lower()) || !tokens.get(k - 1).word() || !tokens.get(k - 1).capitalised()) {
            return false;
        }
        return prose(tokens);
    }

    /** True when the sentence holds a lower-case word of prose, so is no title-case heading. */
    private static boolean prose(List<Token> tokens) {
        for (Token o : tokens) {
            if (o.word() && !o.capitalised() && o.surface().length() >= PROSE_WORD && o.surface().chars().allMatch(Character::isLetter)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPossessiveMark(Token t) {
        return !t.word() && (t.surface().equals("'") || t.surface().equals("\u2019"));
    }

    /** Capitalised last words of a name that make it a body's: "the Basra Protest Coordination Committee". */
    private static final Set<String> BODY_NAME_ENDS = WordSets.named("body-name-ends");

    /**
     * True when a capitalised one-word trigger, after a capitalised word or "the", goes on through
     * capitalised words to a body's last word, in a sentence of prose: "a list circulated by the Basra
     * Protest Coordination Committee" names who circulated it, no protest held (r2a). A title-case
     * heading ("Police Arrest Union Leaders") has no lower-case word of prose, and "protest
     * committees were formed" no capitalised name.
     */
    private static boolean bodyName(List<Token> tokens, Hit h) {
        int i = h.first();
        if (i != h.last() || i == 0 || !tokens.get(i).capitalised()) {
            return false;
        }
        // "the Dockers' Strike Council": the possessive mark stands between the name's words
        int b = i >= 2 && isPossessiveMark(tokens.get(i - 1)) ? i - 2 : i - 1;
        Token before = tokens.get(b);
        if (!before.word() || !before.capitalised() && !before.lower().equals("the")) {
            return false;
        }
        for (int k = i + 1; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!t.word() || !t.capitalised() && !NAME_JOINERS.contains(t.lower())) {
                return false;
            }
            if (t.capitalised() && BODY_NAME_ENDS.contains(t.lower())) {
                return prose(tokens);
            }
        }
        return false;
    }

    /** Last words of a name that make it a building's or a law's: "Conference Centre", "Public Order Act". */
    private static final Set<String> VENUE_OR_LAW_ENDS = WordSets.named("venue-or-law-name-ends");
    /** Lower-case words a name may hold between its capitalised words: "Peaceful Assembly and Public Order Act". */
    private static final Set<String> NAME_JOINERS = Set.of("and", "of", "&");

    /**
     * True when a capitalised one-word trigger opens or continues a name that ends in a building
     * or a law ("the Kenyatta International Conference Centre", "the Peaceful Assembly and Public
     * Order Act"): the place or the statute, no gathering held. "The Conference opened" stays one.
     */
    private static boolean venueOrLawName(List<Token> tokens, Hit h) {
        if (h.first() != h.last() || !tokens.get(h.first()).capitalised() || h.first() == 0) {
            return false;
        }
        for (int k = h.last() + 1; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!t.word() || !t.capitalised() && !NAME_JOINERS.contains(t.lower())) {
                return false;
            }
            if (t.capitalised() && VENUE_OR_LAW_ENDS.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a one-word trigger stands in brackets between a capitalised name and a lower-case
     * word: "the Hirak (protest) movement" glosses a word of the movement's name, which names no
     * protest held. "Protests (strikes) spread" has no capitalised name before the bracket.
     */
    private static boolean bracketGloss(List<Token> tokens, Hit h) {
        int i = h.first();
        int after = h.last() + 1;
        return i == h.last() && i >= 2 && after + 1 < tokens.size()
                && tokens.get(i - 1).surface().equals("(") && tokens.get(i - 2).word() && tokens.get(i - 2).capitalised()
                && tokens.get(after).surface().equals(")")
                && tokens.get(after + 1).word() && !tokens.get(after + 1).capitalised();
    }

    /** Gathering nouns that, capitalised inside a name, name an organisation: "All People's Congress". */
    private static final Set<String> ORGANISATION_NOUNS = WordSets.named("organisation-nouns");
    /** Gathering nouns that, capitalised after a capitalised word, end a party's name: "National Rally". */
    private static final Set<String> PARTY_NAME_ENDS = WordSets.named("party-name-ends");

    /**
     * True when a gathering noun is the last or middle word of an organisation's name rather than a
     * meeting: capitalised after a capitalised possessive ("All People's Congress"), or before "for"
     * and a capitalised word ("Congress for Democratic Change"), or before an acronym in brackets
     * ("World Uyghur Congress (WUC)"). "The annual congress", "the Congress of Rural Women opened"
     * stay meetings.
     */
    private static boolean organisationName(List<Token> tokens, Hit h) {
        Token t = tokens.get(h.first());
        if (h.first() != h.last() || !t.capitalised()) {
            return false;
        }
        int i = h.first();
        if (PARTY_NAME_ENDS.contains(t.lower()) && partyName(tokens, i)
                || PARTY_NAME_OPENERS.contains(t.lower()) && partyOpened(tokens, i)) {
            return true;
        }
        if (!ORGANISATION_NOUNS.contains(t.lower())) {
            return false;
        }
        if (i >= 1 && tokens.get(i - 1).capitalised()
                && (tokens.get(i - 1).surface().endsWith("'s") || tokens.get(i - 1).surface().endsWith("\u2019s"))) {
            return true;
        }
        if (i + 2 < tokens.size() && tokens.get(i + 1).lower().equals("for")
                && tokens.get(i + 2).word() && tokens.get(i + 2).capitalised()) {
            return true;
        }
        return i + 2 < tokens.size() && tokens.get(i + 1).surface().equals("(") && tokens.get(i + 2).acronym();
    }

    /** Gathering nouns that, capitalised before "for" and a capitalised word, open a party's name: "the Rally for Renewal". */
    private static final Set<String> PARTY_NAME_OPENERS = WordSets.named("party-name-openers");

    /**
     * True when the capitalised noun at {@code i} opens a name with "for" and a capitalised word,
     * inside the sentence after a lower-case word: "a spokesman of the Rally for Renewal party". A
     * capitalised word before it ("Thousands Rally for Change") marks a heading's title case.
     */
    private static boolean partyOpened(List<Token> tokens, int i) {
        return i >= 1 && i + 2 < tokens.size() && tokens.get(i - 1).word() && !tokens.get(i - 1).capitalised()
                && tokens.get(i + 1).surface().equals("for") && tokens.get(i + 2).word() && tokens.get(i + 2).capitalised();
    }

    /**
     * True when the capitalised noun at {@code i} ends a name that a capitalised word opens, inside
     * the sentence and not in title case: "Marine Le Pen's National Rally won", "the National Rally,
     * led by". The sentence's first word may be capitalised only for its place ("Rallies were held"),
     * and a capitalised word after the noun ("Thousands Rally In Paris") marks a heading's title case.
     */
    private static boolean partyName(List<Token> tokens, int i) {
        if (i < 2 || !tokens.get(i - 1).word() || !tokens.get(i - 1).capitalised()) {
            return false;
        }
        return i + 1 >= tokens.size() || !tokens.get(i + 1).word() || !tokens.get(i + 1).capitalised();
    }

    /** Nouns that, right after a hashtag, make it the name of a street protest: "the #FairFares protests". */
    private static final Set<String> NAMED_BY_HASHTAG = WordSets.named("named-by-hashtag");

    /**
     * True when a hashtag only names a protest: "leader of the #EndBadGovernance protests",
     * "rallying under the #FairFares banner". A hashtag shared or trending is an online campaign.
     */
    private static boolean hashtagName(List<Token> tokens, Hit h) {
        if (!h.type().equals("online_campaign") || h.first() != h.last()
                || !tokens.get(h.first()).surface().startsWith("#")) {
            return false;
        }
        int k = h.last() + 1;
        return k < tokens.size() && tokens.get(k).word() && NAMED_BY_HASHTAG.contains(tokens.get(k).lower());
    }
}
