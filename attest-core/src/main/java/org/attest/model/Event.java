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
     * This event as a later sentence that tells it again leaves it: citing that sentence's
     * quantities too (in index order, each once), and dated by that sentence when its date is
     * more precise and agrees with this one ("40 people were detained" then "the arrests took
     * place on Sunday").
     */
    public Event retold(String laterDate, DatePrecision laterPrecision, List<Integer> more) {
        boolean finer = laterDate != null && (date == null || laterDate.length() > date.length() && laterDate.startsWith(date));
        if (!finer && quantities.containsAll(more)) {
            return this;
        }
        java.util.TreeSet<Integer> all = new java.util.TreeSet<>(quantities);
        all.addAll(more);
        return new Event(type, finer ? laterDate : date, finer ? laterPrecision : datePrecision, places,
                List.copyOf(all), actors, claimant, span, trigger);
    }
}
