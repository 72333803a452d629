package org.attest.events;

/**
 * Recognises the setting of a speech told between its reporting verb and its day: in "the premier
 * said in a televised address on Sunday that ..." the address is the statement the sentence
 * reports, so the day after it is the statement's own, as it is after a bare "said on Sunday".
 */
final class SpeechSettings {
    private SpeechSettings() {}

    /**
     * True when statement hit {@code h} (a frame such as "in a televised address") stands after
     * the reporting verb at token {@code verb} and ends before the date starting at token
     * {@code date}.
     */
    static boolean between(Hit h, int verb, int date) {
        return h.type().equals("statement") && h.first() > verb && h.last() < date;
    }
}
