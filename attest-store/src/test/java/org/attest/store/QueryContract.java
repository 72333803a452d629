package org.attest.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;

/** Event filters, paging and statistics; mixed into {@link StoreContractTest}. */
interface QueryContract {
    Store fresh() throws Exception;

    /** A store holding the May and autumn reports. */
    private Store twoReports() throws Exception {
        Store store = fresh();
        store.put(Fixtures.mayReport(), "example.org");
        store.put(Fixtures.autumnReport(), "corpus");
        return store;
    }

    private static List<String> types(List<StoredEvent> events) {
        return events.stream().map(e -> e.event().type()).toList();
    }

    @Test
    default void eventsComeByDateUndatedLastWithTheirDocumentPlacesAndQuantities() throws Exception {
        Store store = twoReports();

        List<StoredEvent> all = store.events(EventFilter.all());

        assertThat(types(all)).containsExactly("arrest", "protest", "killing", "rally", "statement");
        StoredEvent protest = all.get(1);
        assertThat(protest.event()).isEqualTo(Fixtures.mayReport().events().get(0));
        assertThat(protest.evidence()).isEqualTo("Protesters gathered in Shiraz and Tehran on May 14, 2021.");
        assertThat(protest.places()).extracting(p -> p.geonameid()).containsExactly(Fixtures.SHIRAZ, Fixtures.TEHRAN);
        assertThat(protest.quantities()).extracting(Quantity::value).containsExactly(310.0);
        assertThat(protest.document().location()).isEqualTo("https://example.org/news/may");
        assertThat(protest.document().title()).isEqualTo("MEK: protests in May");
        assertThat(protest.document().published()).hasToString("2021-06-01");
        assertThat(protest.document().site()).isEqualTo("example.org");
        assertThat(protest.index()).isZero();
        assertThat(all.get(4).places()).isEmpty();
    }

    @Test
    default void typeFilter() throws Exception {
        Store store = twoReports();
        assertThat(types(store.events(EventFilter.all().withType("protest")))).containsExactly("protest");
        assertThat(store.events(EventFilter.all().withType("election"))).isEmpty();
    }

    @Test
    default void datesCompareOnTheirCommonPrefix() throws Exception {
        Store store = twoReports();
        // the arrest is dated 2021-05: inside any range that touches May 2021
        assertThat(types(store.events(EventFilter.all().withDates("2021-05-15", "2021-05-31"))))
                .containsExactly("arrest");
        assertThat(types(store.events(EventFilter.all().withDates("2021-05-14", "2021-05-14"))))
                .containsExactly("arrest", "protest");
        assertThat(types(store.events(EventFilter.all().withDates("2022", null))))
                .containsExactly("killing", "rally");
        assertThat(types(store.events(EventFilter.all().withDates(null, "2022-09"))))
                .containsExactly("arrest", "protest", "killing");
        assertThat(types(store.events(EventFilter.all().withDates("2022-10-02", null))))
                .containsExactly("rally");
    }

    @Test
    default void yearRangesKeepTheirFirstAndLastDays() throws Exception {
        Store store = twoReports();
        // the year bounds added for the index must neither drop 2021's dates nor let 2022's in
        assertThat(types(store.events(EventFilter.all().withDates("2021", "2021"))))
                .containsExactly("arrest", "protest");
        assertThat(store.count(EventFilter.all().withDates("2021", "2021"))).isEqualTo(2);
        assertThat(types(store.events(EventFilter.all().withDates("2021-12-31", "2022"))))
                .containsExactly("killing", "rally");
        assertThat(store.events(EventFilter.all().withDates("2023", "9999"))).isEmpty();
        // with a date bound the order is by date then id, both ways
        assertThat(types(store.events(EventFilter.all().withDates("2021", null))))
                .containsExactly("arrest", "protest", "killing", "rally");
        assertThat(types(store.events(EventFilter.all().withDates("2021", null).withSort(EventFilter.Sort.DATE_DESC))))
                .containsExactly("rally", "killing", "protest", "arrest");
    }

    @Test
    default void placeFiltersNeedOnePlaceThatMatchesThemAll() throws Exception {
        Store store = twoReports();
        assertThat(types(store.events(EventFilter.all().withArea("ir", null))))
                .containsExactly("arrest", "protest", "killing");
        assertThat(types(store.events(EventFilter.all().withArea("IR", "Fars")))).containsExactly("protest");
        assertThat(types(store.events(EventFilter.all().withArea("FR", "Fars")))).isEmpty();
        assertThat(types(store.events(EventFilter.all().withArea(null, "Île-de-France")))).containsExactly("rally");
        assertThat(types(store.events(EventFilter.all().withPlace("tabriz")))).containsExactly("arrest");
    }

    @Test
    default void textFilterIsACaseInsensitiveContainsWithWildcardsTakenLiterally() throws Exception {
        Store store = twoReports();
        assertThat(types(store.events(EventFilter.all().withText("SECURITY forces")))).containsExactly("killing");
        assertThat(types(store.events(EventFilter.all().withText("\"in solidarity\"")))).containsExactly("rally");
        assertThat(store.events(EventFilter.all().withText("%"))).isEmpty();
        assertThat(store.events(EventFilter.all().withText("_"))).isEmpty();
    }

    @Test
    default void limitAndOffsetPage() throws Exception {
        Store store = twoReports();
        assertThat(types(store.events(EventFilter.all().withPage(2, 1)))).containsExactly("protest", "killing");
        assertThat(store.events(EventFilter.all().withPage(10, 5))).isEmpty();
    }

    @Test
    default void eventStreamReadsEveryMatchAcrossPages() throws Exception {
        Store store = fresh();
        for (int i = 0; i < 90; i++) {
            store.put(Fixtures.generated(i, 3), "gen");
        }
        try (Stream<StoredEvent> events = store.eventStream(EventFilter.all().withPage(1, 0))) {
            List<StoredEvent> all = events.toList();
            assertThat(all).hasSize(270);
            assertThat(all).extracting(StoredEvent::id).isSorted().doesNotHaveDuplicates();
            assertThat(all).allSatisfy(e -> assertThat(e.places()).hasSize(1));
        }
        try (Stream<StoredEvent> events = store.eventStream(EventFilter.all().withArea("IR", "Province1"))) {
            assertThat(events.count()).isEqualTo(90);
        }
    }

    @Test
    default void statsCountByMonthTypeAndProvince() throws Exception {
        Store store = twoReports();

        Stats all = store.stats(EventFilter.all());

        assertThat(all.events()).isEqualTo(5);
        assertThat(all.byMonth()).containsExactly(Map.entry("2021-05", 2L), Map.entry("2022-09", 1L),
                Map.entry("2022-10", 1L));
        assertThat(all.byType()).containsEntry("protest", 1L).hasSize(5);
        assertThat(all.byArea()).containsExactlyInAnyOrder(
                new Stats.AreaCount("IR", "Fars", 1), new Stats.AreaCount("IR", "Tehran", 1),
                new Stats.AreaCount("IR", "East Azerbaijan", 1),
                new Stats.AreaCount("IR", "Sistan and Baluchestan", 1), new Stats.AreaCount("FR", "Île-de-France", 1));

        Stats iran2021 = store.stats(EventFilter.all().withArea("IR", null).withDates("2021", "2021"));
        assertThat(iran2021.events()).isEqualTo(2);
        assertThat(iran2021.byType()).containsOnlyKeys("arrest", "protest");
    }

    @Test
    default void bboxKeepsEventsWithAPlaceInsideTheBoxEdgesIncluded() throws Exception {
        Store store = twoReports();
        // around Iran: Shiraz, Tehran, Tabriz, Zahedan; Paris is outside
        EventFilter.BBox iran = new EventFilter.BBox(44, 25, 63.5, 40);
        assertThat(types(store.events(EventFilter.all().withBbox(iran)))).containsExactly("arrest", "protest", "killing");
        // only Zahedan (60.8629, 29.4963), the box's corner on its coordinates
        EventFilter.BBox zahedan = new EventFilter.BBox(60.8629, 29.4963, 61, 30);
        assertThat(types(store.events(EventFilter.all().withBbox(zahedan)))).containsExactly("killing");
        // across the antimeridian from 170 to 3 degrees east: Paris (2.35) only
        EventFilter.BBox wrap = new EventFilter.BBox(170, 40, 3, 50);
        assertThat(types(store.events(EventFilter.all().withBbox(wrap)))).containsExactly("rally");
        // one place must be in the box and in the province
        assertThat(store.events(EventFilter.all().withBbox(zahedan).withArea("IR", "Fars"))).isEmpty();
    }

    @Test
    default void sourceMatchesTheSiteOrTheLocationOfTheDocument() throws Exception {
        Store store = twoReports();
        assertThat(types(store.events(EventFilter.all().withSource("example.org"))))
                .containsExactly("arrest", "protest", "statement");
        assertThat(types(store.events(EventFilter.all().withSource("file:corpus/autumn.txt"))))
                .containsExactly("killing", "rally");
        assertThat(store.events(EventFilter.all().withSource("example"))).isEmpty();
    }

    @Test
    default void checkKeepsEventsOfDocumentsWithACheckOfThatKind() throws Exception {
        Store store = twoReports();
        assertThat(types(store.events(EventFilter.all().withCheck("claimed_vs_listed"))))
                .containsExactly("arrest", "protest", "statement");
        assertThat(store.events(EventFilter.all().withCheck("repeated_names"))).isEmpty();
    }

    @Test
    default void geonameidKeepsEventsThatReferToThePlace() throws Exception {
        Store store = twoReports();
        assertThat(types(store.events(EventFilter.all().withGeonameid(Fixtures.TEHRAN)))).containsExactly("protest");
        assertThat(store.events(EventFilter.all().withGeonameid(1L))).isEmpty();
    }

    @Test
    default void sortNewestFirstOrByIdKeepsUndatedLast() throws Exception {
        Store store = twoReports();
        assertThat(types(store.events(EventFilter.all().withSort(EventFilter.Sort.DATE_DESC))))
                .containsExactly("rally", "killing", "protest", "arrest", "statement");
        assertThat(types(store.events(EventFilter.all().withSort(EventFilter.Sort.ID))))
                .containsExactly("protest", "arrest", "statement", "killing", "rally");
        assertThat(types(store.events(EventFilter.all().withSort(EventFilter.Sort.DATE_DESC).withPage(2, 1))))
                .containsExactly("killing", "protest");
    }

    @Test
    default void countIgnoresThePage() throws Exception {
        Store store = twoReports();
        assertThat(store.count(EventFilter.all().withPage(1, 3))).isEqualTo(5);
        assertThat(store.count(EventFilter.all().withArea("IR", null))).isEqualTo(3);
        assertThat(store.count(EventFilter.all().withType("election"))).isZero();
    }

    @Test
    default void eventByIdIsThePageRowOrEmpty() throws Exception {
        Store store = twoReports();
        StoredEvent protest = store.events(EventFilter.all().withType("protest")).get(0);

        assertThat(store.event(protest.id())).contains(protest);
        assertThat(store.event(protest.id() + 1000)).isEmpty();
    }

    @Test
    default void placeSummarisesMentionsDocumentsAndEvents() throws Exception {
        Store store = twoReports();

        PlaceSummary shiraz = store.place(Fixtures.SHIRAZ).orElseThrow();

        assertThat(shiraz).isEqualTo(new PlaceSummary(Fixtures.SHIRAZ, "Shiraz", "city", "IR", "Fars", 29.6104,
                52.5311, 1, 1, 1));
        assertThat(store.place(1L)).isEmpty();
    }

    @Test
    default void documentChecksComeWithTheirDocumentFilteredByKindAndPaged() throws Exception {
        Store store = twoReports();

        List<DocumentCheck> all = store.documentChecks(null, 10, 0);

        assertThat(all).hasSize(1);
        assertThat(all.get(0).check()).isEqualTo(Fixtures.mayReport().checks().get(0));
        assertThat(all.get(0).document().location()).isEqualTo("https://example.org/news/may");
        assertThat(store.documentChecks("claimed_vs_listed", 10, 0)).hasSize(1);
        assertThat(store.documentChecks("repeated_names", 10, 0)).isEmpty();
        assertThat(store.documentChecks(null, 10, 1)).isEmpty();
    }
}
