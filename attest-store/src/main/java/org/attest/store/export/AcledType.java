package org.attest.store.export;

/**
 * Where one Attest event type falls in ACLED's taxonomy. The mapping itself is data, kept with
 * the event taxonomy in attest-core; the caller passes it to {@link CsvExporter}.
 *
 * @param disorderType "Demonstrations", "Political violence", "Strategic developments", ...
 * @param eventType    "Protests", "Violence against civilians", ...
 * @param subEventType "Peaceful protest", "Arrests", ...
 */
public record AcledType(String disorderType, String eventType, String subEventType) {
}
