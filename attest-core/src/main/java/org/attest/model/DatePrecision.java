package org.attest.model;

import java.util.Locale;

/** How precise a date is. */
public enum DatePrecision {
    DAY, WEEK, MONTH, YEAR, UNKNOWN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
