package org.attest.checks;

import java.net.URI;
import java.util.Locale;
import org.attest.internal.Validate;
import org.attest.model.Document;

/**
 * A stored document as the cross-document checks see it.
 *
 * @param id       the store's id
 * @param name     short name, for messages
 * @param site     the publisher or site it was grouped under, or {@code null}
 * @param document the document with its places, quantities and events
 */
public record CorpusDocument(long id, String name, String site, Document document) {
    public CorpusDocument {
        Validate.notNull(name, "name");
        Validate.notNull(document, "document");
    }

    /**
     * Who published it, for counting independent sources: the site, else the host of its
     * location URL (without {@code www.}), else the document itself.
     */
    public String publisher() {
        if (site != null && !site.isBlank()) {
            return site.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        }
        String loc = document.location();
        if (loc != null && (loc.startsWith("http://") || loc.startsWith("https://"))) {
            try {
                String host = URI.create(loc).getHost();
                if (host != null) {
                    return host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
                }
            } catch (IllegalArgumentException e) {
                // not a URL after all: fall through to the document itself
            }
        }
        return "document:" + id;
    }
}
