package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import org.attest.model.PlaceMention;

/**
 * The places of a sentence that say where its event happens, leaving out those that only say where
 * people come from or whom they stand for: "teachers arrived from districts including Arwal and
 * Siwan", "speakers included councillors from Kessel", "a Dunmore city council member spoke". A
 * report names such places to introduce people, not to move the event: "the vigil drew a Dunmore
 * council member" or "a Dunmore-based group" still tells the vigil already reported, while "In Kessel, the protests were
 * peaceful" tells Kessel's own (see {@link EventStage}'s pointing back).
 */
final class PlaceRoles {
    /** Words a list of places may run through between "from" and a place: "from the districts of A, B and C". */
    private static final TokenSet LIST_GLUE = TokenSet.named("origin-list-glue");
    /** Nouns after a place that make it the name of whom a person or group stands for: "a Kessel council member". */
    private static final TokenSet AFFILIATES = TokenSet.named("place-affiliates");
    /** Tokens looked at before a place for its "from", and lower-case words after it for an affiliate noun. */
    private static final int REACH_BACK = 8;
    private static final int REACH_AFTER = 3;

    private PlaceRoles() {}

    /**
     * The indexes (into {@code mentions}) among {@code places} that are where the event is.
     *
     * @param tokens   the sentence's tokens
     * @param mentions the document's place mentions
     * @param places   indexes of the mentions inside the sentence
     */
    static List<Integer> whereAt(List<Token> tokens, List<PlaceMention> mentions, List<Integer> places) {
        if (places.isEmpty()) {
            return places;
        }
        List<Integer> out = new ArrayList<>(places.size());
        for (int p : places) {
            int first = -1;
            int last = -1;
            boolean based = false; // "Kessel-based" written as one token with the place's last word
            int start = mentions.get(p).span().start();
            int end = mentions.get(p).span().end();
            // tokens are in text order: none from the place's end on lies inside it or runs across its end
            for (int i = 0; i < tokens.size() && tokens.get(i).start() < end; i++) {
                Token t = tokens.get(i);
                if (t.start() >= start && t.end() <= end) {
                    first = first < 0 ? i : first;
                    last = i;
                }
                based |= t.start() < end && t.end() > end && t.lower().endsWith("-based");
            }
            if (first < 0 || !(based || origin(tokens, first, last) || affiliation(tokens, last))) {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }

    /**
     * True when "from" opens the phrase the place stands in and no "to" follows it: "arriving from
     * Arwal", "councillors from Kessel", "from districts including Arwal"; "marched from the
     * station to the square" names the march's own ground.
     */
    static boolean origin(List<Token> tokens, int first, int last) {
        if (last + 1 < tokens.size() && tokens.get(last + 1).lower().equals("to")) {
            return false;
        }
        for (int i = first - 1; i >= 0 && i >= first - REACH_BACK; i--) {
            Token t = tokens.get(i);
            if (t.lower().equals("from")) {
                return true;
            }
            boolean glue = !t.word() ? t.surface().equals(",") : t.capitalised() || LIST_GLUE.has(t);
            if (!glue) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when a few lower-case words after the place end in a member or group noun ("a Kessel
     * city council member"), or when "-based" follows it ("a Kessel-based rights group"): the place
     * is whom someone stands for or where a body sits.
     */
    static boolean affiliation(List<Token> tokens, int last) {
        if (last + 2 < tokens.size() && tokens.get(last + 1).surface().equals("-") && tokens.get(last + 2).lower().equals("based")) {
            return true;
        }
        for (int i = last + 1; i < tokens.size() && i <= last + REACH_AFTER; i++) {
            Token t = tokens.get(i);
            if (!t.word() || t.capitalised()) {
                return false;
            }
            if (AFFILIATES.has(t)) {
                return true;
            }
        }
        return false;
    }
}
