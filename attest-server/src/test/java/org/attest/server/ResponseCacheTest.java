package org.attest.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResponseCacheTest {
    private static final String ETAG = "\"b00t-42\"";

    @Test
    void ifNoneMatchNamesTheEtagAmongOthersWeaklyOrByStar() {
        assertThat(ResponseCache.matches(ETAG, ETAG)).isTrue();
        assertThat(ResponseCache.matches("W/" + ETAG, ETAG)).isTrue();
        assertThat(ResponseCache.matches("\"x\", " + ETAG, ETAG)).isTrue();
        assertThat(ResponseCache.matches("*", ETAG)).isTrue();
    }

    @Test
    void anotherVersionOrNoHeaderDoesNotMatch() {
        assertThat(ResponseCache.matches(null, ETAG)).isFalse();
        assertThat(ResponseCache.matches("\"b00t-41\"", ETAG)).isFalse();
        assertThat(ResponseCache.matches("b00t-42", ETAG)).isFalse();
    }
}
