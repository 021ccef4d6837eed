package eu.leadercoop.importer.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Which IP addresses LeaderCoop may fetch from: only public ones. A page address that resolves to the server's own
 * machine or network (loopback, private, link-local, carrier-grade NAT, multicast, unspecified or reserved, in IPv4
 * and IPv6, including IPv4 addresses written inside IPv6 ones) would let anyone who may import read what only the
 * server can reach, such as cloud metadata at 169.254.169.254 or an admin port on localhost.
 */
public final class PublicAddresses {

    private PublicAddresses() {
    }

    /** True when {@code address} is not a public unicast address. */
    public static boolean isNonPublic(InetAddress address) {
        if (address instanceof Inet4Address v4) {
            return isNonPublicV4(v4.getAddress());
        }
        if (address instanceof Inet6Address v6) {
            return isNonPublicV6(v6.getAddress());
        }
        return true;
    }

    private static boolean isNonPublicV4(byte[] a) {
        int b0 = a[0] & 0xFF;
        int b1 = a[1] & 0xFF;
        int b2 = a[2] & 0xFF;
        return b0 == 0                                   // 0.0.0.0/8 "this network", unspecified
                || b0 == 10                              // 10.0.0.0/8 private
                || b0 == 127                             // loopback
                || (b0 == 100 && b1 >= 64 && b1 <= 127)  // 100.64.0.0/10 carrier-grade NAT
                || (b0 == 169 && b1 == 254)              // link-local, cloud metadata
                || (b0 == 172 && b1 >= 16 && b1 <= 31)   // 172.16.0.0/12 private
                || (b0 == 192 && b1 == 168)              // 192.168.0.0/16 private
                || (b0 == 192 && b1 == 0 && b2 == 0)     // 192.0.0.0/24 protocol assignments
                || (b0 == 198 && (b1 == 18 || b1 == 19)) // 198.18.0.0/15 benchmarking
                || b0 >= 224;                            // multicast 224/4, reserved 240/4, broadcast
    }

    private static boolean isNonPublicV6(byte[] a) {
        boolean firstTenZero = true;
        for (int i = 0; i < 10; i++) {
            firstTenZero &= a[i] == 0;
        }
        if (firstTenZero && (a[10] & 0xFF) == 0xFF && (a[11] & 0xFF) == 0xFF) {
            return isNonPublicV4(tail(a, 12));            // ::ffff:a.b.c.d, IPv4-mapped
        }
        if (firstTenZero && a[10] == 0 && a[11] == 0) {
            return true;                                  // ::, ::1 and the deprecated IPv4-compatible ::a.b.c.d
        }
        int b0 = a[0] & 0xFF;
        int b1 = a[1] & 0xFF;
        if (b0 == 0xFF) {
            return true;                                  // ff00::/8 multicast
        }
        if (b0 == 0xFE && (b1 & 0xC0) == 0x80) {
            return true;                                  // fe80::/10 link-local
        }
        if (b0 == 0xFE && (b1 & 0xC0) == 0xC0) {
            return true;                                  // fec0::/10 site-local (deprecated)
        }
        if ((b0 & 0xFE) == 0xFC) {
            return true;                                  // fc00::/7 unique local
        }
        if (b0 == 0x20 && b1 == 0x02) {
            return isNonPublicV4(new byte[] {a[2], a[3], a[4], a[5]}); // 2002::/16, 6to4 carries an IPv4 address
        }
        boolean nat64 = b0 == 0x00 && b1 == 0x64 && (a[2] & 0xFF) == 0xFF && (a[3] & 0xFF) == 0x9B;
        for (int i = 4; nat64 && i < 12; i++) {
            nat64 = a[i] == 0;
        }
        if (nat64) {
            return isNonPublicV4(tail(a, 12));            // 64:ff9b::/96, NAT64 of an IPv4 address
        }
        return b0 == 0x01 && b1 == 0x00 && a[2] == 0 && a[3] == 0 && a[4] == 0 && a[5] == 0 && a[6] == 0 && a[7] == 0; // 100::/64 discard
    }

    private static byte[] tail(byte[] a, int from) {
        byte[] t = new byte[a.length - from];
        System.arraycopy(a, from, t, 0, t.length);
        return t;
    }

    /**
     * Resolves {@code host} and refuses it when any of its addresses is not public (a name with one public and one
     * private address could be made to connect to either).
     *
     * @return the addresses
     * @throws FetchProblem.Exception {@code unknown_host} or {@code private_address}
     */
    public static InetAddress[] check(String host, boolean allowNonPublic) throws FetchProblem.Exception {
        InetAddress[] all;
        try {
            String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
            all = InetAddress.getAllByName(h);
        } catch (UnknownHostException | SecurityException e) {
            throw new FetchProblem.Exception(FetchProblem.of(FetchProblem.Kind.UNKNOWN_HOST, host));
        }
        if (!allowNonPublic) {
            for (InetAddress a : all) {
                if (isNonPublic(a)) {
                    throw new FetchProblem.Exception(FetchProblem.of(FetchProblem.Kind.PRIVATE_ADDRESS, host, a.getHostAddress()));
                }
            }
        }
        return all;
    }
}
