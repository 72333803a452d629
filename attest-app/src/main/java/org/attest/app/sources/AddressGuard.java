package org.attest.app.sources;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.attest.AttestException;

/**
 * Refuses hosts that resolve to private, loopback, link-local or other non-public addresses,
 * so that a list of URLs cannot make Attest reach into the network it runs in. Every address
 * the name resolves to is checked: one private address is enough to refuse.
 */
final class AddressGuard {
    private final boolean allowPrivate;

    AddressGuard(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /**
     * Checks a host.
     *
     * @param url  the URL, for messages
     * @param host the host name or literal address
     * @throws AttestException when the host does not resolve, or resolves to a non-public
     *                         address and private addresses are not allowed
     */
    void check(String url, String host) throws AttestException {
        InetAddress[] all;
        try {
            all = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new AttestException(url + ": unknown host " + host);
        }
        if (allowPrivate) {
            return;
        }
        for (InetAddress a : all) {
            if (!isPublic(a)) {
                throw new AttestException(url + ": refused: " + host + " is a private or local address ("
                        + a.getHostAddress() + "); use --allow-private to fetch it");
            }
        }
    }

    /** False for loopback, private (RFC 1918, ULA), link-local, CGNAT, multicast, unspecified. */
    static boolean isPublic(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int b0 = b[0] & 0xFF;
            int b1 = b[1] & 0xFF;
            return b0 != 0 && !(b0 == 100 && b1 >= 64 && b1 < 128) // 0/8, 100.64/10
                    && !(b0 == 192 && b1 == 0 && (b[2] & 0xFF) == 0) // 192.0.0/24
                    && !(b0 == 198 && (b1 == 18 || b1 == 19)) && b0 < 240; // benchmarking, reserved
        }
        if (a instanceof Inet6Address) {
            if ((b[0] & 0xFE) == 0xFC) {
                return false; // fc00::/7 unique local
            }
            boolean mapped = true; // ::ffff:a.b.c.d: judge the IPv4 address
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF) {
                try {
                    return isPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (java.net.UnknownHostException e) {
                    return false;
                }
            }
        }
        return true;
    }
}
