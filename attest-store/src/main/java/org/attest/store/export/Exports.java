package org.attest.store.export;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.attest.AttestException;
import org.attest.model.PlaceMention;
import org.attest.model.Quantity;
import org.attest.store.EventFilter;
import org.attest.store.Store;
import org.attest.store.StoreFailure;
import org.attest.store.StoredEvent;

/** What the exporters share: the streaming loop, its error handling, and value formatting. */
final class Exports {
    private Exports() {}

    /** Receives one event; may fail writing. */
    @FunctionalInterface
    interface EventSink {
        void accept(StoredEvent event) throws IOException;
    }

    /**
     * Streams every event that matches (the filter's limit and offset are ignored) to the sink.
     *
     * @return how many events were written
     */
    static long each(Store store, EventFilter filter, String format, EventSink sink) throws AttestException {
        long n = 0;
        try (Stream<StoredEvent> events = store.eventStream(filter)) {
            Iterator<StoredEvent> it = events.iterator();
            while (it.hasNext()) {
                sink.accept(it.next());
                n++;
            }
            return n;
        } catch (StoreFailure e) {
            throw e.getCause();
        } catch (IOException e) {
            throw new AttestException("cannot write " + format + " export: " + e.getMessage(), e);
        }
    }

    /**
     * The rows one event becomes: one per place, or a single {@code null} for an event without
     * a place, so that no event disappears from a tabular export.
     */
    static List<PlaceMention> placeRows(StoredEvent e) {
        return e.places().isEmpty() ? java.util.Collections.singletonList(null) : e.places();
    }

    /** "310" rather than "310.0" for whole numbers. */
    static String number(Double v) {
        if (v == null) {
            return null;
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf(v.longValue()) : String.valueOf(v);
    }

    /** A quantity in one cell: {@code over 310 areas [more_than 310 areas]}. */
    static String quantity(Quantity q) {
        StringBuilder sb = new StringBuilder(q.text()).append(" [").append(q.qualifier().code()).append(' ')
                .append(number(q.value()));
        if (q.valueMax() != null) {
            sb.append('-').append(number(q.valueMax()));
        }
        if (q.unit() != null) {
            sb.append(' ').append(q.unit());
        }
        return sb.append(']').toString();
    }

    static String quantities(List<Quantity> qs) {
        return qs.stream().map(Exports::quantity).collect(Collectors.joining("; "));
    }

    static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
