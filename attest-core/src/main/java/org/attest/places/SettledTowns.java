package org.attest.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The points (latitude, longitude in degrees) of the towns a document has settled so far, for
 * the questions "is one within 150 km?" ({@link Resolver}) and "is this one of them?"
 * ({@link Geoparser}). A megabyte's document settles thousands of towns and the questions are
 * asked for every entry of every candidate, so past {@link #FEW} points they read a grid of
 * cells on the unit sphere instead of every point: {@link #around} gives the points of the 27
 * cells about a point, which hold every point within {@link #CELL} (as a chord of the unit
 * sphere) of it, and callers keep their own exact test on those. Past {@link #FEW} points each
 * point is filed under the 27 cells about its own, so a question reads one list (points are added once
 * per town, questions asked for every entry: 27 map reads and a merged copy per question cost
 * more). The points stay in the order they were added; the answers are "any", so the order does
 * not matter.
 */
final class SettledTowns {
    /** Up to this many points a plain list is read: cheaper than 27 cell look-ups. */
    private static final int FEW = 32;
    /**
     * Side of a cell, as a chord of the unit sphere: twice the chord of 150 km (0.0235), so that
     * points that near lie in the same or a neighbouring cell along each axis, with room for
     * rounding.
     */
    static final double CELL = 0.05;

    private final List<double[]> points = new ArrayList<>();
    /** By cell: the points of the 27 cells about it (its own and its neighbours); filled past {@link #FEW} points. */
    private final Map<Long, List<double[]>> neighbourhoods = new HashMap<>();

    /** Adds a settled town's point. */
    void add(double lat, double lon) {
        double[] ll = {lat, lon};
        points.add(ll);
        if (points.size() == FEW + 1) {
            points.forEach(this::file); // the grid is made only for a text that settles many towns
        } else if (points.size() > FEW) {
            file(ll);
        }
    }

    /** Files a point under each of the 27 cells about its own. */
    private void file(double[] ll) {
        int x = cell(ll[0], ll[1], 0);
        int y = cell(ll[0], ll[1], 1);
        int z = cell(ll[0], ll[1], 2);
        for (int dx = -1; dx <= 1; dx++) {
            for (int dy = -1; dy <= 1; dy++) {
                for (int dz = -1; dz <= 1; dz++) {
                    neighbourhoods.computeIfAbsent(key(x + dx, y + dy, z + dz), k -> new ArrayList<>()).add(ll);
                }
            }
        }
    }

    /**
     * Every point when there are few, else those of the cells about (lat, lon): a superset of the
     * points within {@link #CELL} of it, each {lat, lon}. The list is the grid's own: callers read it only.
     */
    Iterable<double[]> around(double lat, double lon) {
        if (points.size() <= FEW) {
            return points;
        }
        List<double[]> near = neighbourhoods.get(key(cell(lat, lon, 0), cell(lat, lon, 1), cell(lat, lon, 2)));
        return near != null ? near : List.of();
    }

    /** The cell index along one axis (0 x, 1 y, 2 z) of the point's unit vector. */
    private static int cell(double lat, double lon, int axis) {
        double phi = Math.toRadians(lat);
        double lambda = Math.toRadians(lon);
        double v = axis == 0 ? Math.cos(phi) * Math.cos(lambda) : axis == 1 ? Math.cos(phi) * Math.sin(lambda) : Math.sin(phi);
        return (int) Math.floor(v / CELL);
    }

    /**
     * One key of three cell indexes, each within ±(1 / CELL + 1), its bits spread by an odd
     * multiplier (one key per cell still): the indexes packed side by side differ in few bits,
     * which the map's hash folded onto the same buckets (its bins grew into trees).
     */
    private static long key(int x, int y, int z) {
        return (((long) (x + 64) << 16) | ((long) (y + 64) << 8) | (z + 64)) * 0x9E3779B97F4A7C15L;
    }
}
