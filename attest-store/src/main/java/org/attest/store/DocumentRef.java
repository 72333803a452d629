package org.attest.store;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The stored document an event comes from: enough to cite it without loading its text.
 *
 * @param id         the store's id
 * @param name       short name (file name)
 * @param location   where it came from (a URL or {@code file:} path), or {@code null}
 * @param site       host or folder it was grouped under, or {@code null}
 * @param title      title, or {@code null}
 * @param published  publication date, or {@code null}
 * @param ingestedAt when it was stored
 */
public record DocumentRef(long id, String name, String location, String site, String title,
                          LocalDate published, Instant ingestedAt) {
}
