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

    /** This event dated otherwise: what a later reading of the report learns of its day. */
    public Event withDate(String newDate, DatePrecision newPrecision) {
        return new Event(type, newDate, newPrecision, places, quantities, actors, claimant, span, trigger);
    }

    /**
     * This event as a later sentence that tells it again leaves it: citing that sentence's places
     * and quantities too (in index order, each once), and dated by that sentence when its date is
     * more precise and agrees with this one ("40 people were detained" then "the arrests took
     * place on Sunday in Norvik").
     */
    public Event retold(String laterDate, DatePrecision laterPrecision, List<Integer> morePlaces,
                        List<Integer> moreQuantities) {
        boolean finer = laterDate != null && (date == null || laterDate.length() > date.length() && laterDate.startsWith(date));
        if (!finer && places.containsAll(morePlaces) && quantities.containsAll(moreQuantities)) {
            return this;
        }
        return new Event(type, finer ? laterDate : date, finer ? laterPrecision : datePrecision, union(places, morePlaces),
                union(quantities, moreQuantities), actors, claimant, span, trigger);
    }

    private static List<Integer> union(List<Integer> a, List<Integer> b) {
        java.util.TreeSet<Integer> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
