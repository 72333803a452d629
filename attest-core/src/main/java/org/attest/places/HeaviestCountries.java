package org.attest.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The countries a document weighs most, as {@link GapPass} searches them for one-letter slips. */
final class HeaviestCountries {
    private HeaviestCountries() {}

    /**
     * The {@code n} countries of largest positive weight, heaviest first, ties in the map's order:
     * what a stable sort of all of them would give first, without sorting them all (a report that
     * names many towns abroad weighs dozens of countries).
     */
    static List<String> of(Map<String, Double> weight, int n) {
        List<String> top = new ArrayList<>(n + 1);
        double[] w = new double[n + 1];
        for (Map.Entry<String, Double> e : weight.entrySet()) {
            double v = e.getValue();
            if (!(v > 0)) {
                continue;
            }
            int at = top.size();
            while (at > 0 && w[at - 1] < v) {
                at--;
            }
            if (at >= n) {
                continue;
            }
            top.add(at, e.getKey());
            System.arraycopy(w, at, w, at + 1, top.size() - 1 - at);
            w[at] = v;
            if (top.size() > n) {
                top.remove(n);
            }
        }
        return top;
    }
}
