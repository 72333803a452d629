package org.attest.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * The read path: pages with their totals, counts and statistics kept per data version, and
 * reads side by side on pooled connections; mixed into {@link StoreContractTest}.
 */
interface ReadPathContract {
    Store fresh() throws Exception;

    String freshSpec() throws Exception;

    Store open(String spec) throws Exception;

    private static Connection jdbc(String spec) throws Exception {
        return DriverManager.getConnection(spec.startsWith("jdbc:") ? spec : "jdbc:sqlite:" + spec);
    }

    @Test
    default void aPageCarriesTheEventsPageAndTheCountOfItsFilter() throws Exception {
        Store store = fresh();
        store.put(Fixtures.mayReport(), "example.org");
        store.put(Fixtures.autumnReport(), "corpus");
        EventFilter iran = EventFilter.all().withArea("IR", null).withPage(2, 1);

        EventPage page = store.page(iran);

        assertThat(page.items()).isEqualTo(store.events(iran));
        assertThat(page.total()).isEqualTo(store.count(iran)).isEqualTo(3);
    }

    @Test
    default void aWriteChangesTheTotalsAndStatisticsReadAfterIt() throws Exception {
        Store store = fresh();
        store.put(Fixtures.mayReport(), "example.org");
        EventFilter all = EventFilter.all();
        EventFilter protests = all.withType("protest");
        assertThat(store.page(all).total()).isEqualTo(3);
        assertThat(store.stats(protests).events()).isEqualTo(1);
        assertThat(store.stats(all).byMonth()).containsOnlyKeys("2021-05");

        store.put(Fixtures.generated(1, 4), "gen");

        assertThat(store.page(all).total()).isEqualTo(7);
        assertThat(store.count(protests)).isEqualTo(5);
        assertThat(store.stats(protests).events()).isEqualTo(5);
        assertThat(store.stats(all).byMonth()).containsEntry("2021-05", 6L);
    }

    @Test
    default void replacingAnExtractionChangesTheCachedCounts() throws Exception {
        Store store = fresh();
        long id = store.put(Fixtures.mayReport(), "example.org").documentId();
        assertThat(store.count(EventFilter.all().withType("protest"))).isEqualTo(1);

        store.replaceExtraction(id, Fixtures.mayReport().withEvents(List.of()));

        assertThat(store.count(EventFilter.all().withType("protest"))).isZero();
        assertThat(store.stats(EventFilter.all()).events()).isZero();
    }

    @Test
    default void aWriteByAnotherStoreOrByPlainSqlIsSeenToo() throws Exception {
        String spec = freshSpec();
        Store reader = open(spec);
        Store writer = open(spec);
        writer.put(Fixtures.mayReport(), "example.org");
        assertThat(reader.count(EventFilter.all())).isEqualTo(3);
        assertThat(reader.stats(EventFilter.all()).byType()).containsKey("arrest");

        writer.put(Fixtures.autumnReport(), "corpus");
        assertThat(reader.count(EventFilter.all())).isEqualTo(5);

        // a writer outside the store (a bulk load, a repair by hand) is seen as well
        try (Connection c = jdbc(spec); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM events WHERE type = 'arrest'");
        }
        assertThat(reader.count(EventFilter.all())).isEqualTo(4);
        assertThat(reader.stats(EventFilter.all()).byType()).doesNotContainKey("arrest");
    }

    @Test
    default void aCoarseDateOverlapsEveryRangeThatTouchesItsPeriod() throws Exception {
        Store store = fresh();
        Document doc = Fixtures.generated(1, 3);
        List<Event> coarse = new ArrayList<>();
        String[] dates = {"2022", "2022-06", "2022-06-15"};
        DatePrecision[] precisions = {DatePrecision.YEAR, DatePrecision.MONTH, DatePrecision.DAY};
        for (int i = 0; i < 3; i++) {
            Event e = doc.events().get(i);
            coarse.add(new Event(e.type(), dates[i], precisions[i], e.places(), e.quantities(), e.actors(), e.claimant(),
                    e.span(), e.trigger()));
        }
        store.put(doc.withEvents(coarse), "gen");

        assertThat(dates(store, "2022-06-16", "2022-06-30")).containsExactly("2022", "2022-06");
        assertThat(dates(store, "2022-06-15", "2022-06-15")).containsExactly("2022", "2022-06", "2022-06-15");
        assertThat(dates(store, "2022-01", "2022-05")).containsExactly("2022");
        assertThat(dates(store, "2021-12-31", "2022-06")).containsExactly("2022", "2022-06", "2022-06-15");
        assertThat(dates(store, "2022-07", null)).containsExactly("2022");
        assertThat(dates(store, null, "2021-12-31")).isEmpty();
        assertThat(dates(store, "2023", null)).isEmpty();
    }

    private static List<String> dates(Store store, String from, String to) throws Exception {
        EventFilter f = EventFilter.all().withDates(from, to);
        List<String> out = store.events(f).stream().map(e -> e.event().date()).sorted().toList();
        assertThat(store.count(f)).isEqualTo(out.size());
        return out;
    }

    @Test
    default void pagesThatReachTheUndatedEventsKeepEveryEventOnceInOrder() throws Exception {
        Store store = fresh();
        store.put(Fixtures.mayReport(), "example.org");
        store.put(Fixtures.autumnReport(), "corpus");
        for (EventFilter.Sort sort : EventFilter.Sort.values()) {
            EventFilter whole = EventFilter.all().withSort(sort);
            List<Long> expected = store.events(whole).stream().map(StoredEvent::id).toList();
            for (int size = 1; size <= 3; size++) {
                List<Long> paged = new ArrayList<>();
                for (int offset = 0; offset < expected.size() + size; offset += size) {
                    store.events(whole.withPage(size, offset)).forEach(e -> paged.add(e.id()));
                }
                assertThat(paged).as("%s in pages of %d", sort, size).isEqualTo(expected);
            }
        }
    }

    @Test
    default void readsSideBySideAnswerAsReadsOneByOne() throws Exception {
        Store store = fresh();
        for (int i = 0; i < 20; i++) {
            store.put(Fixtures.generated(i, 3), "gen");
        }
        store.put(Fixtures.mayReport(), "example.org");
        List<EventFilter> filters = List.of(EventFilter.all().withPage(7, 3), EventFilter.all().withArea("IR", "Fars"),
                EventFilter.all().withArea("IR", "Province1").withPage(5, 2),
                EventFilter.all().withDates("2021-05-03", "2021-05-14").withSort(EventFilter.Sort.DATE_DESC),
                EventFilter.all().withType("arrest"));
        List<EventPage> expected = new ArrayList<>();
        for (EventFilter f : filters) {
            expected.add(store.page(f));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int first = t;
                Callable<Boolean> reader = () -> {
                    for (int i = 0; i < 25; i++) {
                        int k = (first + i) % filters.size();
                        if (!store.page(filters.get(k)).equals(expected.get(k))) {
                            return false;
                        }
                    }
                    return true;
                };
                runs.add(pool.submit(reader));
            }
            for (Future<Boolean> run : runs) {
                assertThat(run.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
