package org.attest.model;

import java.util.Locale;

/** How a stated figure relates to the true value, as the text words it. */
public enum Qualifier {
    EXACT, ABOUT, AT_LEAST, MORE_THAN, UP_TO, LESS_THAN, RANGE, VAGUE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
