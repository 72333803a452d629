package org.attest.app.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.attest.AttestException;
import org.junit.jupiter.api.Test;

class AddressGuardTest {
    private static boolean isPublic(String literal) throws Exception {
        return AddressGuard.isPublic(InetAddress.getByName(literal));
    }

    @Test
    void localAndPrivateAddressesAreNotPublic() throws Exception {
        for (String a : new String[] {"127.0.0.1", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254",
                "0.0.0.0", "100.64.0.1", "224.0.0.1", "::1", "fe80::1", "fd00::5", "::ffff:10.0.0.1", "::"}) {
            assertThat(isPublic(a)).as(a).isFalse();
        }
    }

    @Test
    void publicAddressesArePublic() throws Exception {
        for (String a : new String[] {"93.184.216.34", "8.8.8.8", "2001:4860:4860::8888", "::ffff:8.8.8.8"}) {
            assertThat(isPublic(a)).as(a).isTrue();
        }
    }

    @Test
    void aHostNameIsResolvedAndEachAddressChecked() throws AttestException {
        assertThatThrownBy(() -> new AddressGuard(false).check("http://localhost/x", "localhost"))
                .isInstanceOf(AttestException.class).hasMessageStartingWith("http://localhost/x: refused: localhost is");
        new AddressGuard(true).check("http://localhost/x", "localhost");
    }
}
