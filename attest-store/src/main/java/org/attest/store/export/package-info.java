/**
 * Streaming exports of stored events to a {@link java.io.Writer}, each taking an
 * {@link org.attest.store.EventFilter}: ACLED-layout CSV ({@link org.attest.store.export.CsvExporter}),
 * RFC 7946 GeoJSON ({@link org.attest.store.export.GeoJsonExporter}) and JSON Lines
 * ({@link org.attest.store.export.JsonlExporter}). Exporters never close the writer.
 */
package org.attest.store.export;
