package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * A sentence that opens with an official's own words and names the official after them:
 * "“The ruling shows the embassies are centres of terror,” said X, chairman of the committee",
 * "“The protests show the depth of anger,” a party spokesperson said", "“Kelmar lost 55
 * citizens,” MP X told the crowd". The quote is the statement, given out by an office; for
 * {@link SpeakerPass}, which otherwise reads a speech verb after a quote as only saying who
 * reports. A speaker without an official's word ("said one former prisoner", "a driver said"),
 * one with a word of those who only attribute ("a union lawyer said"), a pronoun ("she said") or
 * the statement itself ("the statement said", which quotes a statement already told) gives none; nor
 * does a speaker given with an age ("said X, 34, a community leader"): a person interviewed, as the
 * vox pop of a report is, who speaks for no office whatever title follows ({@link SpeakersAge}).
 */
final class QuotedOfficials {
    private QuotedOfficials() {}

    /** Words a speaker after the quote may hold: a name and a title, not a clause. */
    private static final int SPEAKER_WORDS = 14;
    /** Words that name no one who speaks: "the statement said", "the report said". */
    private static final Set<String> DOCUMENTS = WordSets.named("document-speakers");
    /** Conjunctions that, after a comma, open a clause past the speaker: "said X, a driver, as police patrolled". */
    private static final Set<String> TIME_OPENERS = Set.of("as", "while", "when", "after", "before", "because", "although", "though");
    /** Relative pronouns: "said one prisoner who testified at the trial" ends the speaker at "who". */
    private static final Set<String> RELATIVES = WordSets.named("relative-pronouns");

    /**
     * True when the sentence opens with a quote that closes before the speech hit, and the words
     * between the quote and the verb ("a party spokesperson said"), or after the verb up to the
     * sentence's end ("said X, chairman of ..."), hold one of {@code official}'s words.
     */
    static boolean speaks(List<Token> tokens, Hit h, Set<String> official) {
        if (tokens.isEmpty() || !tokens.get(0).quote()) {
            return false;
        }
        int close = -1;
        for (int k = 1; k < h.first(); k++) {
            if (tokens.get(k).quote()) {
                close = k;
                break;
            }
        }
        if (close < 0) {
            return false;
        }
        int from = close + 1;
        while (from < h.first() && !tokens.get(from).word()) {
            from++; // the comma after the quote
        }
        if (from < h.first()) {
            return official(tokens, from, h.first() - 1, official); // "..." a party spokesperson said
        }
        // "..." said X, chairman of the committee: the words after the verb, to the sentence's end
        return official(tokens, h.last() + 1, tokens.size() - 1, official);
    }

    private static boolean official(List<Token> tokens, int from, int to, Set<String> official) {
        int words = 0;
        boolean found = false;
        OneOfMany phrase = new OneOfMany();
        for (int k = from; k <= to; k++) {
            Token t = tokens.get(k);
            if (t.quote() || !t.word() && (t.surface().equals(";") || t.surface().equals(":"))) {
                break; // a second quote or a clause of its own
            }
            if (!t.word()) {
                if (t.surface().equals(",") && SpeakersAge.closes(tokens, k)) {
                    return false; // "said X, 34, a community leader": one interviewed, given with an age, speaks for no office
                }
                if (t.surface().equals(",")) {
                    found |= phrase.speaksForOffice(official);
                    phrase = new OneOfMany(); // "said X, a council member": the appositive is a phrase of its own
                }
                continue;
            }
            if (words == 0 && SpeakerPass.PRONOUNS.contains(t.lower()) || DOCUMENTS.contains(t.lower())
                    || SpeakerPass.ATTRIBUTING.contains(t.lower())) {
                return false; // "a union lawyer said": one who only attributes, whoever he works for
            }
            if (words > 0 && (RELATIVES.contains(t.lower()) || t.lower().endsWith("ing"))) {
                break; // "said a resident, adding that the police ...": what follows the speaker is no part of it
            }
            if (words > 0 && k > from && tokens.get(k - 1).surface().equals(",") && TIME_OPENERS.contains(t.lower())) {
                break; // "said X, a taxi driver, as police vans patrolled nearby": a clause of its own, no part of the speaker
            }
            if (++words > SPEAKER_WORDS) {
                return found || phrase.speaksForOffice(official);
            }
            phrase.add(t.lower(), official);
        }
        return found || phrase.speaksForOffice(official);
    }

    /** Words that open a speaker as one of many: "a council member", "one committee member". */
    private static final Set<String> INDEFINITE = WordSets.named("indefinite-speakers");
    /** Words that close the head of a speaker's phrase: "an accountant at the ministry". */
    private static final Set<String> HEAD_ENDS = WordSets.named("speaker-head-ends");
    /**
     * Official's words that, as the head of an indefinite speaker, still name one voice of many:
     * "a council member" (while "members of the assembly" who write or speak act for it).
     */
    private static final Set<String> MEMBER_HEADS = WordSets.named("member-heads");

    /**
     * One phrase of the speaker, between commas. It speaks for an office when it holds an
     * official's word, unless an indefinite word opens it and its head, the last word before a
     * preposition, is no official's word ("an accountant at the finance ministry", "one committee
     * member", "a council member in the capital"): then it quotes one voice among a body's many, as
     * a vox pop does, and the quote is colour, not the body's statement. "A ministry spokesman", "a
     * coalition of unions", "a senior official at the ministry" keep their office's voice.
     */
    /** Words of a body that documents events ("observatory", "monitor"): its researcher speaks for it. */
    private static final Set<String> DOCUMENTING = WordSets.named("documenting-speakers");

    private static final class OneOfMany {
        private int words;
        private boolean indefinite;
        private boolean officialWord;
        private boolean headDone;
        private String head = "";

        void add(String lower, Set<String> official) {
            if (words++ == 0) {
                indefinite = INDEFINITE.contains(lower);
            }
            // "said X, the organisation's Iran researcher": a title held in a body speaks for it, as a
            // director's does, whatever the title's own word; one who only attributes was ruled out before
            // ("the Observatory's Iran researcher": a documenting body's possessive holds the title as well)
            officialWord |= official.contains(lower) || lower.endsWith("'s") && holdsTitles(lower.substring(0, lower.length() - 2), official);
            if (!headDone && words > 1 && HEAD_ENDS.contains(lower)) {
                headDone = true;
            } else if (!headDone) {
                head = lower;
            }
        }

        private static boolean holdsTitles(String body, Set<String> official) {
            return official.contains(body) || DOCUMENTING.contains(body);
        }

        boolean speaksForOffice(Set<String> official) {
            return officialWord && (!indefinite || official.contains(head) && !MEMBER_HEADS.contains(head));
        }
    }
}
