package org.attest.events;

import org.attest.model.Document;

/**
 * A quick throughput harness for the events stage (not a unit test: the machine is shared and
 * timings are indicative). Run after {@code mvn -q -o test-compile -pl attest-core}:
 * <pre>
 * java -cp attest-core/target/test-classes:attest-core/target/classes:attest-app/target/lib/* \
 *     org.attest.events.EventStageSpeed
 * </pre>
 * Prints MB/s of cleaned text over invented documents of two sizes; a linear stage shows about the
 * same rate for both.
 */
public final class EventStageSpeed {
    private EventStageSpeed() {}

    public static void main(String[] args) {
        EventStage stage = new EventStage(EventLexicon.load());
        for (int paragraphs : new int[] {2_000, 8_000}) {
            Document d = EventGuardsTest.repeated(paragraphs);
            double best = 0;
            for (int round = 0; round < 5; round++) {
                long t0 = System.nanoTime();
                stage.apply(d);
                best = Math.max(best, d.text().length() / 1e6 / ((System.nanoTime() - t0) / 1e9));
            }
            System.out.printf("events stage: %,d chars, best of 5: %.1f MB/s%n", d.text().length(), best);
        }
    }
}
