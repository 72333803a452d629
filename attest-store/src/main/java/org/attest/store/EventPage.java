package org.attest.store;

import java.util.List;

/**
 * One page of events and how many match, read in one snapshot of the store.
 *
 * @param items the page, in the filter's order
 * @param total how many events match the filter in all (its limit and offset ignored); exact
 */
public record EventPage(List<StoredEvent> items, long total) {
    public EventPage {
        items = List.copyOf(items);
    }
}
