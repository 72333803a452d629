package org.attest.events;

import java.util.List;

/**
 * An age set off by commas after a speaker's name: "said Ana Ruiz, 34, a market trader". Reports
 * give the age of the people they interview in the street or at a protest, not of officials
 * speaking for their office, so a quote so attributed is colour, no statement. Static helper of
 * {@link QuotedOfficials}.
 */
final class SpeakersAge {
    private SpeakersAge() {}

    /** Ages a report gives: a grown person's, in two digits. */
    private static final int YOUNGEST = 12;
    private static final int OLDEST = 99;

    /** True when the comma at {@code k} closes an age that a comma opened: ", 34,". */
    static boolean closes(List<Token> tokens, int k) {
        if (k < 2 || !tokens.get(k - 2).surface().equals(",")) {
            return false;
        }
        String age = tokens.get(k - 1).surface();
        if (age.length() != 2 || !Character.isDigit(age.charAt(0)) || !Character.isDigit(age.charAt(1))) {
            return false;
        }
        int years = Integer.parseInt(age);
        return years >= YOUNGEST && years <= OLDEST;
    }
}
