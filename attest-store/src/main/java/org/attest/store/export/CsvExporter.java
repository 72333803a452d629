package org.attest.store.export;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attest.AttestException;
import org.attest.internal.Validate;
import org.attest.model.DatePrecision;
import org.attest.model.Event;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;
import org.attest.store.EventFilter;
import org.attest.store.Store;
import org.attest.store.StoredEvent;

/**
 * Exports events as CSV in ACLED's column layout, followed by Attest's own columns, one row per
 * event and place (an event without a place: one row with empty location columns).
 *
 * <p>How the ACLED columns are filled:
 * <ul>
 * <li>{@code event_id_cnty}: the place's country code and the store's event id, with
 *     {@code -n} for the n-th place of an event with several ({@code IR42-2}); {@code XX} when
 *     there is no country.</li>
 * <li>{@code event_date} (ISO {@code YYYY-MM-DD}) and {@code time_precision}: a day is itself
 *     (1); a week is its Thursday, the middle of the Monday-to-Sunday week (2); a month is its
 *     15th and a year its 1 July (3). Undated events leave date, year and precision empty.</li>
 * <li>{@code disorder_type}, {@code event_type}, {@code sub_event_type}: from the caller's
 *     mapping; empty for a type it does not map.</li>
 * <li>{@code actor1} is the first actor, {@code assoc_actor_1} the others joined by "; ".
 *     {@code inter1}, {@code actor2}, {@code assoc_actor_2}, {@code inter2},
 *     {@code interaction}, {@code civilian_targeting}, {@code region}, {@code admin2},
 *     {@code admin3}, {@code source_scale} and {@code fatalities} are empty: Attest does not
 *     code them (a figure of dead is a claim, in {@code quantities}).</li>
 * <li>{@code iso}: ISO 3166-1 numeric (ICU's table); {@code country}: English name.</li>
 * <li>{@code geo_precision}: 1 for a town, 3 for a province, region or country.</li>
 * <li>{@code source}: the document's site; {@code notes}: the evidence sentence;
 *     {@code tags}: Attest's type and date as extracted; {@code timestamp}: Unix seconds when
 *     the document was stored.</li>
 * </ul>
 */
public final class CsvExporter {
    /** ACLED's columns, in ACLED's order. */
    public static final List<String> ACLED_COLUMNS = List.of("event_id_cnty", "event_date", "year",
            "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1",
            "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country",
            "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
            "source_scale", "notes", "fatalities", "tags", "timestamp");
    /** Attest's columns, after ACLED's. */
    public static final List<String> ATTEST_COLUMNS = List.of("claimant", "evidence", "quantities", "document_url");

    private final Map<String, AcledType> taxonomy;

    /** @param taxonomy ACLED types by Attest event type; types it lacks get empty cells */
    public CsvExporter(Map<String, AcledType> taxonomy) {
        this.taxonomy = Map.copyOf(Validate.notNull(taxonomy, "taxonomy"));
    }

    /** Every column, in order. */
    public static List<String> columns() {
        List<String> all = new ArrayList<>(ACLED_COLUMNS);
        all.addAll(ATTEST_COLUMNS);
        return all;
    }

    /**
     * Writes the header and every matching event (the filter's limit and offset are ignored).
     * Does not close the writer; flushes it.
     *
     * @return rows written, header excluded
     */
    public long export(Store store, EventFilter filter, Writer out) throws AttestException {
        CsvWriter csv = new CsvWriter(out);
        long[] rows = {0};
        try {
            csv.row(columns());
        } catch (IOException e) {
            throw new AttestException("cannot write CSV export: " + e.getMessage(), e);
        }
        Exports.each(store, filter, "CSV", event -> {
            List<PlaceMention> places = Exports.placeRows(event);
            for (int i = 0; i < places.size(); i++) {
                csv.row(row(event, places.get(i), places.size() > 1 ? i + 1 : 0));
                rows[0]++;
            }
        });
        try {
            out.flush();
        } catch (IOException e) {
            throw new AttestException("cannot write CSV export: " + e.getMessage(), e);
        }
        return rows[0];
    }

    private List<String> row(StoredEvent se, PlaceMention p, int placeNumber) {
        Event e = se.event();
        AcledType acled = taxonomy.get(e.type());
        LocalDate date = acledDate(e.date(), e.datePrecision());
        String country = p == null ? null : p.country();
        List<String> actors = e.actors();
        List<String> r = new ArrayList<>(ACLED_COLUMNS.size() + ATTEST_COLUMNS.size());
        r.add((country == null ? "XX" : country) + se.id() + (placeNumber > 0 ? "-" + placeNumber : ""));
        r.add(date == null ? null : date.toString());
        r.add(date == null ? null : String.valueOf(date.getYear()));
        r.add(date == null ? null : String.valueOf(timePrecision(e.datePrecision())));
        r.add(acled == null ? null : acled.disorderType());
        r.add(acled == null ? null : acled.eventType());
        r.add(acled == null ? null : acled.subEventType());
        r.add(actors.isEmpty() ? null : actors.get(0));
        r.add(actors.size() < 2 ? null : String.join("; ", actors.subList(1, actors.size())));
        r.add(null); // inter1
        r.add(null); // actor2
        r.add(null); // assoc_actor_2
        r.add(null); // inter2
        r.add(null); // interaction
        r.add(null); // civilian_targeting
        r.add(Countries.numeric(country));
        r.add(null); // region
        r.add(Countries.name(country));
        r.add(p == null ? null : p.admin1());
        r.add(null); // admin2
        r.add(null); // admin3
        r.add(p == null ? null : p.name());
        r.add(p == null ? null : Exports.number(p.lat()));
        r.add(p == null ? null : Exports.number(p.lon()));
        r.add(p == null ? null : String.valueOf(p.kind() == PlaceKind.CITY ? 1 : 3));
        r.add(se.document().site());
        r.add(null); // source_scale
        r.add(se.evidence());
        r.add(null); // fatalities
        r.add("attest_type=" + e.type() + "; attest_date=" + (e.date() == null ? "" : e.date())
                + "; date_precision=" + (e.datePrecision() == null ? "unknown" : e.datePrecision().code()));
        r.add(se.document().ingestedAt() == null ? null : String.valueOf(se.document().ingestedAt().getEpochSecond()));
        r.add(e.claimant());
        r.add(se.evidence());
        r.add(Exports.quantities(se.quantities()));
        r.add(se.document().location());
        return r;
    }

    /** ACLED time_precision: 1 day, 2 week, 3 month or longer. */
    static int timePrecision(DatePrecision p) {
        return switch (p) {
            case DAY -> 1;
            case WEEK -> 2;
            default -> 3;
        };
    }

    /** The single day ACLED codes a period as; {@code null} when undated or unreadable. */
    static LocalDate acledDate(String date, DatePrecision p) {
        if (date == null || p == null || p == DatePrecision.UNKNOWN) {
            return null;
        }
        try {
            return switch (p) {
                case DAY -> LocalDate.parse(date);
                case WEEK -> LocalDate.parse(date).plusDays(3);
                case MONTH -> LocalDate.parse(date.substring(0, 7) + "-15");
                case YEAR -> LocalDate.parse(date.substring(0, 4) + "-07-01");
                case UNKNOWN -> null;
            };
        } catch (DateTimeParseException | IndexOutOfBoundsException malformed) {
            // a date that does not fit its precision is left out rather than failing the export
            return null;
        }
    }
}
