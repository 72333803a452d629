package org.attest.model;

import org.attest.internal.Validate;

/**
 * One input document as read, before cleaning.
 *
 * @param name      a short name for records and messages (the file name)
 * @param location  where it came from ("file:...", a URL)
 * @param bytes     the raw content; owned by this record, not copied
 * @param mediaType a hint such as "text/html" or "text/plain", or {@code null} to detect it
 */
public record Source(String name, String location, byte[] bytes, String mediaType) {
    public Source {
        Validate.notNull(name, "name");
        Validate.notNull(location, "location");
        Validate.notNull(bytes, "bytes");
    }
}
