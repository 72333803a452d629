/**
 * The Attest HTTP server: a read-only JSON API over a {@link org.attest.store.Store} (events,
 * documents with their spans, checks, statistics, places, exports), one token-guarded write
 * (ingesting a document through the {@link org.attest.Pipeline}), and the web UI (map, timeline,
 * table, document and checks views) served from {@code web/} on the classpath.
 */
package org.attest.server;
