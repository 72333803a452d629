package org.attest.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.attest.store.EventFilter;
import org.attest.store.Fixtures;
import org.attest.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two ways place criteria reach the events must find the same events. */
class EventQueryTest {
    @TempDir
    static Path dir;
    private static String spec;

    private static final List<EventFilter> PLACE_FILTERS = List.of(
            EventFilter.all().withArea("IR", null),
            EventFilter.all().withArea("ir", "Province2").withPage(4, 2),
            EventFilter.all().withArea(null, "Fars").withType("protest"),
            EventFilter.all().withPlace("tabriz").withSort(EventFilter.Sort.DATE_DESC),
            EventFilter.all().withGeonameid(Fixtures.TEHRAN),
            EventFilter.all().withBbox(new EventFilter.BBox(170, 40, 3, 50)),
            EventFilter.all().withArea("IR", null).withDates("2021-05-02", "2021-05-20").withSort(EventFilter.Sort.ID));

    @BeforeAll
    static void fill() throws Exception {
        spec = dir.resolve("events.db").toString();
        try (Store store = Store.open(spec)) {
            store.put(Fixtures.mayReport(), "example.org");
            store.put(Fixtures.autumnReport(), "corpus");
            for (int i = 0; i < 12; i++) {
                store.put(Fixtures.generated(i, 4), "gen");
            }
        }
    }

    @Test
    void probingAndDrivingFindTheSamePagesCountsAndStatistics() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + spec)) {
            EventQuery q = new EventQuery(c);
            for (EventFilter f : PLACE_FILTERS) {
                assertThat(q.page(f, EventWhere.PlaceJoin.DRIVE)).as("page %s", f)
                        .isEqualTo(q.page(f, EventWhere.PlaceJoin.PROBE));
                assertThat(q.count(f, EventWhere.PlaceJoin.DRIVE)).as("count %s", f)
                        .isEqualTo(q.count(f, EventWhere.PlaceJoin.PROBE)).isPositive();
                assertThat(q.stats(f, EventWhere.PlaceJoin.DRIVE)).as("stats %s", f)
                        .isEqualTo(q.stats(f, EventWhere.PlaceJoin.PROBE));
            }
        }
    }

    @Test
    void aPlaceWithFewLinksIsReachedFromItsSideAndNoPlaceNeedsNoJoin() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + spec)) {
            EventQuery q = new EventQuery(c);
            assertThat(q.placePlan(EventFilter.all().withArea("IR", null)))
                    .isEqualTo(new EventQuery.PlacePlan(EventWhere.PlaceJoin.DRIVE, EventWhere.PlaceJoin.DRIVE));
            assertThat(q.placePlan(EventFilter.all().withType("protest")).page()).isEqualTo(EventWhere.PlaceJoin.PROBE);
        }
    }
}
