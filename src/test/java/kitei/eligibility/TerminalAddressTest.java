package kitei.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import kitei.eligibility.TerminalAddress.Form;

class TerminalAddressTest {

    @Test
    void ipv6WrittenTwoWaysIsOneCanonicalAddress() {
        assertEquals(TerminalAddress.canonical("2001:db8::1"), TerminalAddress.canonical("2001:0db8:0:0:0:0:0:1"));
    }

    @Test
    void ipv6CaseDoesNotMatter() {
        assertEquals(TerminalAddress.canonical("2001:DB8::A"), TerminalAddress.canonical("2001:db8::a"));
    }

    @Test
    void ipv4IsItsOwnCanonicalForm() {
        assertEquals(Optional.of("192.0.2.10"), TerminalAddress.canonical("192.0.2.10"));
    }

    @Test
    void prefixesAndRangesAreRecognised() {
        assertEquals(Form.PREFIX_OR_RANGE, TerminalAddress.formOf("192.0.2.0/24"));
        assertEquals(Form.PREFIX_OR_RANGE, TerminalAddress.formOf("2001:db8::/32"));
        assertEquals(Form.PREFIX_OR_RANGE, TerminalAddress.formOf("192.0.2.1-192.0.2.9"));
    }

    @Test
    void hostNamesAndMalformedTextAreNoAddress() {
        assertEquals(Form.NOT_AN_ADDRESS, TerminalAddress.formOf("radius.example.jp"));
        assertEquals(Form.NOT_AN_ADDRESS, TerminalAddress.formOf("192.0.2.256"));
        assertEquals(Form.NOT_AN_ADDRESS, TerminalAddress.formOf("192.0.2.010"));
        assertEquals(Form.NOT_AN_ADDRESS, TerminalAddress.formOf("2001:db8:::1"));
        assertEquals(Form.NOT_AN_ADDRESS, TerminalAddress.formOf("192.0.2.0/33"));
        assertEquals(Form.NOT_AN_ADDRESS, TerminalAddress.formOf(""));
    }
}
