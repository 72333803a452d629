package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * Recognises a hospital or emergency service giving its plain count of the hurt: "Officials at the
 * city hospital said 14 people were treated", "The Emergency Medical Centre says 9 people have been
 * treated". Like a force's account ({@link ForceAccounts}), the carers source the toll the sentence
 * reports; they take no stand of their own. A health ministry ("The Health Ministry said 27 people
 * had been taken to hospital") speaks for the government and stays a statement.
 */
final class CareAccounts {
    /** Words naming those who treat the hurt: "hospital", "medical", "clinic". */
    private static final Set<String> CARERS = WordSets.named("account-giving-carers");
    /** Offices that make the speaker the government's voice: "ministry", "minister". */
    private static final Set<String> GOVERNING = WordSets.named("care-governing-offices");

    private CareAccounts() {}

    /** True when the plain reporting verb at {@code verb} has a carer, and no governing office, in its clause before it. */
    static boolean account(List<Token> tokens, int verb) {
        List<String> subject = PlainReports.subject(tokens, verb);
        return subject != null && subject.stream().noneMatch(GOVERNING::contains)
                && subject.stream().anyMatch(CARERS::contains);
    }
}
