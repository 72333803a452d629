package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attest.model.DateMention;

/**
 * Recognises a speech verb that closes its sentence after a comma and whose day the report gives
 * right after it: "Troops killed 12 marchers on Sunday, the rights commission said on Monday.",
 * "..., the group said in its annual report published on Tuesday.". Wire copy opens with such a
 * sentence: the body's words of that day are the news the report carries, beside the events they
 * tell, as an opening "the commission said on Monday that ..." is ({@link DatedSpeech}). Undated
 * ("..., the commission said.") the words only source the events, and so do witnesses, residents,
 * relatives and other speakers who only attribute, and a pronoun ("..., he said on Monday").
 */
final class DatedClosings {
    /** Words of speakers who only attribute: "witnesses", "relatives". */
    private static final Set<String> ATTRIBUTING = WordSets.named("attributing-speakers");
    /** Words the subject between the comma and the verb may hold at most: "the Kenya National Commission on Human Rights". */
    private static final int SUBJECT_WORDS = 10;

    private DatedClosings() {}

    /** Heads of a state or UN body: "the judiciary", "the state news agency", "the UN human rights office". */
    private static final Set<String> LEAD_BODIES = WordSets.named("lead-statement-bodies");

    /**
     * True when the statement hit {@code h}, a speech verb or an attribution frame ("ministry said",
     * "said in a statement"), closes its sentence after a comma and a speaker, before its own day;
     * or, undated, closes a wire lead ({@link #leadOfState}).
     */
    static boolean speaks(List<Token> tokens, Hit h) {
        return closing(tokens, h, DatedSpeech.dated(tokens, h)) || leadOfState(tokens, h);
    }

    /**
     * True when the undated statement hit {@code h} closes a wire lead that opens with a dateline
     * ("DUBAI, Dec 12 (Agency) - Iran hanged a man on Monday, the judiciary's news agency said.") and
     * its speaker is one state or UN body: the wire carries that body's word of the day, beside the
     * events it tells. A union, a rights group or several speakers together ("hospital officials
     * and local media") stay sources, as in the body of the report.
     */
    static boolean leadOfState(List<Token> tokens, Hit h) {
        if (!dateline(tokens) || !closing(tokens, h, true) || !AttributionPass.closesSentence(tokens, h)) {
            return false;
        }
        int head = h.first() - 1;
        for (int k = head; k >= 0 && !tokens.get(k).surface().equals(","); k--) {
            if (tokens.get(k).word() && tokens.get(k).lower().equals("and")) {
                return false;
            }
        }
        // the body's head: the frame's own word ("ministry said") or the word before the verb
        return LEAD_BODIES.contains(tokens.get(h.first()).lower()) || head >= 0 && LEAD_BODIES.contains(tokens.get(head).lower());
    }

    /**
     * The dates of {@code dates} a closing statement may share: none before its verb, which belong to
     * the events it closes ("hanged two men ... during protests in November, the judiciary said");
     * all of them for any other hit.
     */
    static List<DateMention> afterVerb(List<DateMention> dates, Hit h, List<Token> tokens) {
        if (dates.isEmpty() || !speaks(tokens, h)) {
            return dates;
        }
        List<DateMention> out = new ArrayList<>(dates.size());
        for (DateMention d : dates) {
            if (d.span().start() >= tokens.get(h.last()).end()) {
                out.add(d);
            }
        }
        return out;
    }

    /** True when the sentence opens with a wire dateline: a town in capitals and a comma, bracket or dash ("DUBAI,", "TEHRAN/DUBAI,"). */
    private static boolean dateline(List<Token> tokens) {
        int k = 0;
        while (k < tokens.size() && (tokens.get(k).word() && isUpper(tokens.get(k).surface()) || tokens.get(k).surface().equals("/"))) {
            k++;
        }
        if (k == 0 || k >= tokens.size() || tokens.get(0).surface().length() < 3) {
            return false;
        }
        String s = tokens.get(k).surface();
        return s.equals(",") || s.equals("(") || s.equals("\u2014") || s.equals("\u2013") || s.equals("-");
    }

    /** True when the word has a letter and no lower-case one: a loop, as every sentence's opening words ask. */
    private static boolean isUpper(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letter = true;
            }
        }
        return letter;
    }

    /** The closing test of {@link #speaks} for a statement hit; {@code dated} when its day follows the verb. */
    private static boolean closing(List<Token> tokens, Hit h, boolean dated) {
        if (!h.type().equals("statement") || !h.trigger().frame() || !dated
                || ForceAccounts.account(tokens, h.last())) {
            return false; // "..., police said on Monday": a force's plain account sources its operation
        }
        if (DatedSpeech.openingDay(tokens, h)) {
            return false; // "On Wednesday, the ministry said ...": the comma closes the day that dates the verb, no clause
        }
        int k = h.first() - 1;
        int words = 0;
        while (k >= 0) {
            Token t = tokens.get(k);
            if (t.surface().equals(")") && k >= 2 && tokens.get(k - 2).surface().equals("(")) {
                k -= 3; // "the Kenya National Commission on Human Rights (KNHRC)"
                continue;
            }
            if (!t.word()) {
                if (!apostrophe(t)) {
                    break; // "the teachers' council": the apostrophe stays inside the speaker
                }
                k--;
                continue;
            }
            if (++words > SUBJECT_WORDS) {
                return false;
            }
            k--;
        }
        // a comma after a clause of its own: the verb closes the sentence, it does not open it
        if (k <= 0 || words == 0 || !tokens.get(k).surface().equals(",")) {
            return false;
        }
        for (int j = k + 1; j < h.first(); j++) {
            Token t = tokens.get(j);
            if (!t.word()) {
                continue;
            }
            if (j == k + 1 && SpeakerPass.PRONOUNS.contains(t.lower()) || !t.capitalised() && ATTRIBUTING.contains(t.lower())) {
                return false; // "..., he said on Monday", "..., relatives said on Monday"
            }
        }
        return true;
    }

    private static boolean apostrophe(Token t) {
        return t.surface().equals("'") || t.surface().equals("\u2019");
    }
}
