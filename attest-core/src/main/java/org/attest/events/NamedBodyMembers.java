package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * Speakers who only attribute ("lawyers", "doctors", "activists") speak for a body when it is named
 * right after them: "lawyers from the Velmar Commission for Rights said", "doctors with the Harbour
 * Relief Committee said" are the body's voice, as "Commission lawyers" are (SpeakerPass). "Lawyers for
 * the jailed activist" speak for a client, and "residents from the Velmar district" name no body.
 */
final class NamedBodyMembers {
    /** Words that tie attributing speakers to a named body after them: "from", "with". */
    private static final Set<String> LINKS = WordSets.named("speaker-body-links");

    private NamedBodyMembers() {}

    /**
     * True when a link word follows the speaker word at {@code k} and a named body follows it
     * within the subject (up to {@code to}): a capital right after the link or its "the", and a
     * capitalised organisation head ("Commission", "Committee") in the name.
     */
    static boolean speakFor(List<Token> tokens, int k, int to, EventLexicon lexicon) {
        int j = k + 1;
        if (j > to || !LINKS.contains(tokens.get(j).lower())) {
            return false;
        }
        j++;
        if (j <= to && tokens.get(j).lower().equals("the")) {
            j++;
        }
        if (j > to || !tokens.get(j).capitalised()) {
            return false;
        }
        for (; j <= to; j++) {
            Token t = tokens.get(j);
            if (t.word() && (t.capitalised() && lexicon.isOrgHead(t) || bodyAcronym(t))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True for an acronym of three letters or more ("OSCE", "ECOWAS"): "observers from the OSCE" are
     * the body's mission. Two letters are mostly countries ("doctors from the UK" name no body).
     */
    static boolean bodyAcronym(Token t) {
        return t.word() && t.acronym() && t.surface().length() >= 3;
    }
}
