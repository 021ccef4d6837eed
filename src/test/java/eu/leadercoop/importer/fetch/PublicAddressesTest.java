package eu.leadercoop.importer.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.leadercoop.importer.fetch.FetchProblem.Kind;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            // IPv4: unspecified, "this network", private, loopback, CGNAT, link-local (cloud metadata), multicast, reserved
            "0.0.0.0", "0.1.2.3", "10.0.0.1", "10.255.255.255", "127.0.0.1", "127.8.9.10", "100.64.0.1", "100.127.255.254",
            "169.254.169.254", "172.16.0.1", "172.31.255.255", "192.168.1.1", "192.0.0.8", "198.18.0.1", "224.0.0.1",
            "239.255.255.250", "240.0.0.1", "255.255.255.255",
            // IPv6: unspecified, loopback, link-local, unique local, site-local, multicast
            "::", "::1", "fe80::1", "febf::1", "fc00::1", "fd12:3456::1", "fec0::1", "ff02::1", "ff05::2",
            // IPv4 inside IPv6: mapped, compatible, 6to4, NAT64
            "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::127.0.0.1", "2002:7f00:1::1", "2002:c0a8:101::", "64:ff9b::a9fe:a9fe",
            "100::1"})
    void refusesAddressesThatAreNotPublic(String address) throws Exception {
        assertThat(PublicAddresses.isNonPublic(InetAddress.getByName(address))).as(address).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.1.1.1", "8.8.8.8", "93.184.216.34", "100.63.255.255", "100.128.0.1", "172.15.255.255",
            "172.32.0.1", "169.253.1.1", "192.169.0.1", "198.20.0.1", "223.255.255.255", "2001:4860:4860::8888",
            "2a00:1450:4001:80b::200e", "::ffff:8.8.8.8", "2002:0808:0808::1", "64:ff9b::808:808", "fe00::1"})
    void acceptsPublicAddresses(String address) throws Exception {
        assertThat(PublicAddresses.isNonPublic(InetAddress.getByName(address))).as(address).isFalse();
    }

    @Test
    void aHostNamedForThisMachineIsRefusedUnlessAllowed() throws Exception {
        assertThatThrownBy(() -> PublicAddresses.check("localhost", false))
                .isInstanceOfSatisfying(FetchProblem.Exception.class, e -> {
                    assertThat(e.problem().kind()).isEqualTo(Kind.PRIVATE_ADDRESS);
                    assertThat(e.problem().args().get(0)).isEqualTo("localhost");
                });
        assertThatThrownBy(() -> PublicAddresses.check("[::1]", false))
                .isInstanceOfSatisfying(FetchProblem.Exception.class, e -> assertThat(e.problem().kind()).isEqualTo(Kind.PRIVATE_ADDRESS));
        assertThat(PublicAddresses.check("127.0.0.1", true)).isNotEmpty();
    }

    @Test
    void aHostThatDoesNotExistIsSaidSo() {
        assertThatThrownBy(() -> PublicAddresses.check("no-such-host.invalid", false))
                .isInstanceOfSatisfying(FetchProblem.Exception.class, e -> assertThat(e.problem().kind()).isEqualTo(Kind.UNKNOWN_HOST));
    }
}
