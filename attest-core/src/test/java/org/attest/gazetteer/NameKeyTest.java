package org.attest.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeyTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Tehran|tehran", "Tehran Province|tehran", "Nineveh Governorate|nineveh", "Kurdistan Region|kurdistan",
        "New York State|newyork", "Sistan-Baluchestan|sistanbaluchestan", "Île-de-France|iledefrance",
        "Côte d'Ivoire|cotedivoire", "Côte d’Ivoire|cotedivoire", "İzmir|izmir", "Kırşehir|kirsehir",
        "The Gambia|gambia", "U.S.|u.s.", "State|state", "Province|province", "Hakkâri|hakkari",
        "Āz̄arbāyjān-e Sharqī|azarbayjanesharqi"})
    void normalises(String name, String key) {
        assertThat(NameKey.normalise(name)).isEqualTo(key);
        assertThat(NameKey.normalise(key)).as("idempotent").isEqualTo(key);
    }
}
