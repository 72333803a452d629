package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * Tells a speaker with no name ("A spokesman", "Officials") from one named by the office or body
 * it speaks for ("a Cabinet spokesman", "a spokesperson for the Interior Ministry", "Prison
 * officials denied"), for {@link SpeakerPass}: an unnamed speaker sources facts, a named one makes
 * a statement.
 */
final class UnnamedSpeakers {
    /** Words that, closing a speaker with no name, leave it a source: "Officials", "the spokespeople". */
    private static final Set<String> UNNAMED = WordSets.named("unnamed-speakers");
    /** Words that, opening a speaker, leave it unnamed: "A spokesman", "Some officials". */
    private static final Set<String> INDEFINITE = WordSets.named("indefinite-speakers");

    private UnnamedSpeakers() {}

    /**
     * True when a speaker with no appositive has no name: opened by an indefinite word ("A local
     * official", "Some authorities"), or closed by "officials" or "spokespeople" with nothing but a
     * determiner before it ("Officials", "the officials"). A word before it names whom they speak
     * for ("Prison officials", "Egyptian officials"): the office speaks when it takes a stand
     * ("denied", "stated") or is quoted, while its plain account ("Port officials said that loading
     * went on") only sources what it reports, as a force's does ({@link ForceAccounts}).
     */
    static boolean unnamed(List<Token> tokens, int from, int to, int verb) {
        int last = to;
        while (last > from && !tokens.get(last).word()) {
            last--;
        }
        if (INDEFINITE.contains(tokens.get(from).lower())) {
            // "A police spokesman denied that ...": an office's denial is its stand, not a source's account
            return !officeVoice(tokens, from, last) && !BodiesOfPeople.opens(tokens, from, last)
                    && !OfficeDenials.denies(tokens, from, last, verb);
        }
        if (!UNNAMED.contains(tokens.get(last).lower())) {
            return false;
        }
        for (int k = from; k < last; k++) {
            Token t = tokens.get(k);
            if (t.word() && !DETERMINERS.contains(t.lower())) {
                // "Prison officials denied", "Farmers' leaders said the offer was \"a first step\"":
                // the office or body they speak for takes a stand; a plain account stays a source
                return ForceAccounts.plainAccount(tokens, verb);
            }
        }
        return true;
    }

    /** Words that open a speaker without saying whose it is: "the officials", "their leaders". */
    private static final Set<String> DETERMINERS = Set.of("the", "these", "those", "their", "its", "his", "her", "our", "other");

    /** Words of one who speaks for an office: "spokesman", "spokesperson". */
    private static final Set<String> SPOKES = Set.of("spokesman", "spokeswoman", "spokesperson");

    /**
     * True when "a"/"an" opens a spokesperson of a capitalised office ("A Cabinet spokesman", "a
     * European Commission spokesperson", "a spokesperson for the Interior Ministry"): the office is
     * named and speaks through its voice, as
     * "Interior Ministry officials" do; "A spokesman", "a police spokesman" stay sources.
     */
    private static boolean officeVoice(List<Token> tokens, int from, int last) {
        String article = tokens.get(from).lower();
        if (!(article.equals("a") || article.equals("an"))) {
            return false;
        }
        if (PORTFOLIO_HEADS.contains(tokens.get(last).lower())) {
            return portfolio(tokens, from, last);
        }
        if (!SPOKES.contains(tokens.get(last).lower())) {
            return voiceOfNamedBody(tokens, from, last);
        }
        for (int k = from + 1; k < last; k++) {
            // events100: the state's own offices need no capital ("a government spokesman"), as a port's or
            // the police's voice does
            if (tokens.get(k).word() && (tokens.get(k).capitalised() || STATE_OFFICES.contains(tokens.get(k).lower()))) {
                return true;
            }
        }
        return false;
    }

    /** Lower-case offices of the state whose spokesperson speaks for it: "a government spokesman". */
    private static final Set<String> STATE_OFFICES = WordSets.named("state-office-voices");
    /** Heads that hold a portfolio: "a deputy health minister". */
    private static final Set<String> PORTFOLIO_HEADS = WordSets.named("portfolio-heads");
    /** Words of rank before a portfolio's head that do not name it: "a deputy minister", "a former minister". */
    private static final Set<String> RANKS = WordSets.named("portfolio-ranks");

    /**
     * True when a word other than a rank names the portfolio between the article and its head ("a
     * deputy health minister told state television"): a minister of a named ministry speaks for it,
     * as its spokesperson would (events100); "a minister", "a former minister" stay unnamed.
     */
    private static boolean portfolio(List<Token> tokens, int from, int last) {
        for (int k = from + 1; k < last; k++) {
            Token t = tokens.get(k);
            if (t.word() && !RANKS.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /** Words that tie a spokesperson to the body it speaks for: "a spokesperson for the Embassy". */
    private static final Set<String> VOICE_OF = Set.of("for", "of");

    /**
     * True when a spokesperson stands right after the article and a capitalised body follows "for"
     * or "of" ("a spokesperson for the Vietnamese Embassy", "a spokesman of the UN rights office"):
     * the body is named after its voice as "a Cabinet spokesman" names it before.
     */
    private static boolean voiceOfNamedBody(List<Token> tokens, int from, int last) {
        int k = from + 1;
        if (k + 1 > last || !SPOKES.contains(tokens.get(k).lower()) || !VOICE_OF.contains(tokens.get(k + 1).lower())) {
            return false;
        }
        k += 2;
        if (k <= last && tokens.get(k).lower().equals("the")) {
            k++;
        }
        return k <= last && tokens.get(k).word() && tokens.get(k).capitalised();
    }
}
