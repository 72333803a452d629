package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A run of capitalised words in a sentence ("Students News Network", "National Council of
 * Resistance of Iran", "NCRI"), with lower-case connectors allowed inside ("of", "the", "and",
 * "for") and a channel's number closing it ("France 24 reported"). Leading function words
 * that are capitalised only because they start the sentence ("The", "On", "In") are trimmed.
 *
 * @param first index of the first token
 * @param last  index of the last token, inclusive
 * @param text  the run as written in the document
 * @param org   true when it contains an organisation head word or is an acronym
 */
record NameRun(int first, int last, String text, boolean org) {
    private static final TokenSet CONNECTORS = TokenSet.named("name-connectors");
    private static final TokenSet LEADING = TokenSet.named("name-leading");

    /**
     * All runs of the sentence, in text order. "on" joins two capitalised words unless a date
     * follows it: "Commission on Human Rights" is one name, "Reuters on Monday" is not.
     *
     * @param dated true for a token inside a date mention
     */
    static List<NameRun> find(String text, List<Token> tokens, EventLexicon lexicon, Predicate<Token> dated) {
        List<NameRun> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!tokens.get(i).capitalised()) {
                i++;
                continue;
            }
            int start = i;
            int end = i;
            int j = i + 1;
            while (j < tokens.size()) {
                Token t = tokens.get(j);
                if (t.capitalised()) {
                    end = j;
                    j++;
                } else if (t.word() && j + 1 < tokens.size() && tokens.get(j + 1).capitalised()
                        && (CONNECTORS.has(t) || t.lower().equals("on") && !dated.test(tokens.get(j + 1)))) {
                    j++;
                } else {
                    break;
                }
            }
            if (channelNumber(tokens, end, j, lexicon, dated)) {
                end = j++;
            }
            while (start <= end && LEADING.has(tokens.get(start))) {
                start++;
            }
            if (start <= end) {
                boolean org = false;
                for (int k = start; k <= end; k++) {
                    Token t = tokens.get(k);
                    if (t.acronym() || lexicon.isOrgHead(t)) {
                        org = true;
                        break;
                    }
                }
                out.add(new NameRun(start, end,
                        text.substring(tokens.get(start).start(), tokens.get(end).end()), org));
            }
            i = j;
        }
        return out;
    }

    /**
     * True when token {@code j}, right after a run ending at {@code end}, is a channel's number
     * that closes the name: "France 24 reported", "(Kurdistan 24)"; not a count ("Tehran 24 hours")
     * nor a date.
     */
    private static boolean channelNumber(List<Token> tokens, int end, int j, EventLexicon lexicon,
                                         Predicate<Token> dated) {
        if (j >= tokens.size()) {
            return false;
        }
        Token number = tokens.get(j);
        String s = number.surface();
        if (s.length() > 3 || !digits(s) || number.start() != tokens.get(end).end() + 1 || dated.test(number)) {
            return false;
        }
        return j + 1 == tokens.size() || !tokens.get(j + 1).word() || lexicon.isReportingVerb(tokens.get(j + 1));
    }

    /** True when every character is an ASCII digit (asked after every name run, so no stream). */
    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
