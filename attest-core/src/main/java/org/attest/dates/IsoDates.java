package org.attest.dates;

/** Comparisons of ISO dates written to different precisions ("2018", "2023-10", "2023-10-08"). */
public final class IsoDates {
    private IsoDates() {}

    /**
     * Compares two ISO dates at the precision both state: "2018" is before "2023-10-08", and
     * "2023" equals "2023-10-08". Negative, zero or positive, as {@link String#compareTo}.
     */
    public static int compareAtSharedPrecision(String a, String b) {
        int n = Math.min(a.length(), b.length());
        return a.substring(0, n).compareTo(b.substring(0, n));
    }
}
