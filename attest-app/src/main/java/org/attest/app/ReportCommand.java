package org.attest.app;

import java.util.Map;
import java.util.concurrent.Callable;
import org.attest.AttestException;
import org.attest.store.Counts;
import org.attest.store.EventFilter;
import org.attest.store.Stats;
import org.attest.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code attest report}: counts by month, province and type, readable at a glance. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Counts of stored events by month, province and type.")
final class ReportCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        try (Store s = Store.open(store.db)) {
            Counts c = s.counts();
            Stats st = s.stats(EventFilter.all());
            System.out.printf("%s: %d documents, %d events, %d place mentions, %d figures%n", store.db, c.documents(),
                    st.events(), c.placeMentions(), c.quantities());
            section("Events by type", st.byType());
            section("Events by month", st.byMonth());
            System.out.println("\nEvents by province");
            long max = st.byArea().stream().mapToLong(Stats.AreaCount::events).max().orElse(1);
            st.byArea().stream().limit(25).forEach(a -> System.out.printf("  %-32s %5d %s%n",
                    a.country() + " / " + (a.admin1() == null ? "?" : a.admin1()), a.events(), bar(a.events(), max)));
        } catch (AttestException e) {
            System.err.println("attest: " + e.getMessage());
            return 2;
        }
        return 0;
    }

    private static void section(String title, Map<String, Long> counts) {
        System.out.println("\n" + title);
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(1);
        counts.forEach((k, v) -> System.out.printf("  %-32s %5d %s%n", k == null ? "(undated)" : k, v, bar(v, max)));
    }

    private static String bar(long v, long max) {
        return "#".repeat((int) Math.max(1, Math.round(30.0 * v / max)));
    }
}
