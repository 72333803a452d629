package org.attest.model;

import java.util.Locale;

/** What kind of place a mention names. */
public enum PlaceKind {
    CITY, PROVINCE, COUNTRY, REGION;

    /** The lower-case name used in records. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
