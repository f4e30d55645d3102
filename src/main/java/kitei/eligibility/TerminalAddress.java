package kitei.eligibility;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Reads what was written for a CLIENT terminal. One IPv4 or IPv6 address comes back in canonical
 * form, so that {@code 2001:db8::1} and {@code 2001:0db8:0:0:0:0:0:1} are the same terminal; a
 * prefix ({@code 192.0.2.0/24}) or a range ({@code 192.0.2.1-192.0.2.9}) is recognised as such;
 * anything else is no IP address at all. Never looks a name up in DNS.
 */
public final class TerminalAddress {

    public enum Form { SINGLE, PREFIX_OR_RANGE, NOT_AN_ADDRESS }

    /** What was written, read once: its form, and the canonical address when it is a single one. */
    public record Reading(Form form, String canonical) {
    }

    private static final Reading NOT_AN_ADDRESS = new Reading(Form.NOT_AN_ADDRESS, null);
    private static final Reading PREFIX_OR_RANGE = new Reading(Form.PREFIX_OR_RANGE, null);

    private TerminalAddress() {
    }

    public static Reading read(String written) {
        String text = written.trim();
        Optional<String> single = canonical(text);
        if (single.isPresent()) {
            return new Reading(Form.SINGLE, single.get());
        }
        return isPrefix(text) || isRange(text) ? PREFIX_OR_RANGE : NOT_AN_ADDRESS;
    }

    public static Form formOf(String written) {
        return read(written).form();
    }

    /** The address in canonical text, when what is written is exactly one IP address. */
    public static Optional<String> canonical(String text) {
        if (isIpv4(text)) {
            return Optional.of(text);
        }
        if (text.indexOf(':') >= 0 && isIpv6Alphabet(text)) {
            try {
                // Digits, dots, colons and hex letters only: InetAddress parses the literal without DNS.
                return Optional.of(InetAddress.getByName(text).getHostAddress());
            } catch (UnknownHostException malformed) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Four decimal octets of 0–255 without leading zeros (ambiguous: some read them as octal); then it is its own canonical form. */
    private static boolean isIpv4(String text) {
        int octets = 0;
        int i = 0;
        int length = text.length();
        while (i <= length) {
            int start = i;
            int value = 0;
            while (i < length && Character.isDigit(text.charAt(i)) && text.charAt(i) < 128) {
                value = value * 10 + (text.charAt(i) - '0');
                i++;
                if (i - start > 3) {
                    return false;
                }
            }
            int digits = i - start;
            if (digits == 0 || value > 255 || (digits > 1 && text.charAt(start) == '0')) {
                return false;
            }
            octets++;
            if (i == length) {
                return octets == 4;
            }
            if (text.charAt(i) != '.' || octets == 4) {
                return false;
            }
            i++;
        }
        return false;
    }

    private static boolean isIpv6Alphabet(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            if (!hex && c != ':' && c != '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean isPrefix(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            return false;
        }
        String length = text.substring(slash + 1);
        if (length.isEmpty() || length.length() > 3 || !length.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        String address = text.substring(0, slash);
        int maximum = address.indexOf(':') >= 0 ? 128 : 32;
        return canonical(address).isPresent() && Integer.parseInt(length) <= maximum;
    }

    private static boolean isRange(String text) {
        int dash = text.indexOf('-');
        return dash > 0 && canonical(text.substring(0, dash)).isPresent() && canonical(text.substring(dash + 1)).isPresent();
    }
}
