package org.attest.store;

import java.util.List;
import org.attest.model.Event;
import org.attest.model.PlaceMention;
import org.attest.model.Quantity;

/**
 * An event read back from the store, joined with what it refers to.
 *
 * @param id         the store's event id
 * @param document   the document that reports it
 * @param index      its position among the document's events
 * @param event      the event as extracted (its place and quantity indexes point into the document)
 * @param evidence   the text of the evidence span
 * @param places     the place mentions the event refers to, in the event's order
 * @param quantities the quantities the event refers to, in the event's order
 */
public record StoredEvent(long id, DocumentRef document, int index, Event event, String evidence,
                          List<PlaceMention> places, List<Quantity> quantities) {
    public StoredEvent {
        places = List.copyOf(places);
        quantities = List.copyOf(quantities);
    }
}
