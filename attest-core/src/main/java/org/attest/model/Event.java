package org.attest.model;

import java.util.List;

/**
 * Something that happened or was announced, as one sentence reports it.
 *
 * @param type          one of the taxonomy's types ("protest", "arrest", ...)
 * @param date          ISO date to its precision, or {@code null}
 * @param datePrecision how precise {@code date} is
 * @param places        indexes into the document's place mentions
 * @param quantities    indexes into the document's quantities
 * @param actors        who acted, as written
 * @param claimant      who says so, or {@code null} when the publisher itself states it
 * @param span          the evidence sentence
 * @param trigger       the lexicon entry that typed it (provenance)
 */
public record Event(String type, String date, DatePrecision datePrecision, List<Integer> places,
                    List<Integer> quantities, List<String> actors, String claimant, Span span,
                    String trigger) {
    public Event {
        places = List.copyOf(places);
        quantities = List.copyOf(quantities);
        actors = List.copyOf(actors);
    }

    /**
     * This event citing these quantities too (in index order, each once): a later sentence that
     * tells the event again with figures of its own.
     */
    public Event withMoreQuantities(List<Integer> more) {
        if (more.isEmpty() || quantities.containsAll(more)) {
            return this;
        }
        java.util.TreeSet<Integer> all = new java.util.TreeSet<>(quantities);
        all.addAll(more);
        return new Event(type, date, datePrecision, places, List.copyOf(all), actors, claimant, span, trigger);
    }
}
