package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link SettledTowns#around} holds every settled point within 150 km, as the haversine term
 * tells it, near the poles and across the date line too, so that the grid leaves the answers of
 * reading every point unchanged.
 */
class SettledTownsTest {
    private static final double NEAR = Math.pow(Math.sin(150.0 / (2 * 6371)), 2);

    @Test
    void holdsEveryNearPointAsTheTownsGrow() {
        Random random = new Random(5);
        SettledTowns towns = new SettledTowns();
        List<double[]> all = new ArrayList<>();
        for (int round = 0; round < 3_000; round++) {
            double[] q = point(random);
            List<String> near = new ArrayList<>();
            for (double[] ll : all) {
                if (Resolver.haversine(q[0], q[1], ll[0], ll[1]) < NEAR) {
                    near.add(ll[0] + "," + ll[1]);
                }
            }
            List<String> around = new ArrayList<>();
            towns.around(q[0], q[1]).forEach(ll -> around.add(ll[0] + "," + ll[1]));
            assertThat(around).containsAll(near);
            double[] p = random.nextBoolean() && !all.isEmpty() ? nearby(random, all.get(random.nextInt(all.size()))) : point(random);
            towns.add(p[0], p[1]);
            all.add(p);
        }
    }

    /** A point anywhere, a third of them in the polar caps or by the date line. */
    private static double[] point(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> new double[] {85 + 5 * random.nextDouble(), 360 * random.nextDouble() - 180};
            case 1 -> new double[] {60 * random.nextDouble() - 30, random.nextBoolean() ? 179.5 + random.nextDouble() / 2 : -180 + random.nextDouble() / 2};
            default -> new double[] {180 * random.nextDouble() - 90, 360 * random.nextDouble() - 180};
        };
    }

    /** A point within about 2 degrees of another. */
    private static double[] nearby(Random random, double[] ll) {
        double lat = Math.max(-90, Math.min(90, ll[0] + 4 * random.nextDouble() - 2));
        double lon = ll[1] + 4 * random.nextDouble() - 2;
        return new double[] {lat, lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon};
    }
}
