package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The cheap nearness test must agree with the 150 km great-circle distance it stands for. */
class ResolverNearTest {
    private static final double THRESHOLD = Math.pow(Math.sin(150.0 / (2 * 6371)), 2);
    private static final double LAT_DEGREES = 150 / (Math.PI * 6371 / 180);

    private static boolean cheapNear(double lat1, double lon1, double lat2, double lon2) {
        return Math.abs(lat1 - lat2) <= LAT_DEGREES && Resolver.haversine(lat1, lon1, lat2, lon2) < THRESHOLD;
    }

    @Test
    void agreesWithTheDistanceOnRandomPairsCloseToTheLimit() {
        Random r = new Random(11);
        int near = 0;
        for (int i = 0; i < 200_000; i++) {
            double lat1 = -80 + 160 * r.nextDouble();
            double lon1 = -180 + 360 * r.nextDouble();
            double lat2 = lat1 + (r.nextDouble() - 0.5) * 4;
            double lon2 = lon1 + (r.nextDouble() - 0.5) * 6;
            double km = Resolver.km(lat1, lon1, lat2, lon2);
            if (Math.abs(km - 150) < 1e-6) {
                continue; // rounding at the very boundary may go either way
            }
            assertThat(cheapNear(lat1, lon1, lat2, lon2)).as("%f %f %f %f (%f km)", lat1, lon1, lat2, lon2, km)
                    .isEqualTo(km < 150);
            near += km < 150 ? 1 : 0;
        }
        assertThat(near).isGreaterThan(1000);
    }

    @Test
    void tehranAndKarajAreNearTehranAndTabrizAreNot() {
        assertThat(cheapNear(35.69, 51.42, 35.84, 50.94)).isTrue();
        assertThat(cheapNear(35.69, 51.42, 38.08, 46.29)).isFalse();
        assertThat(Resolver.km(35.69, 51.42, 38.08, 46.29)).isBetween(500.0, 560.0);
    }
}
