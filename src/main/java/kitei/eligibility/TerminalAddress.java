package kitei.eligibility;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads what was written for a CLIENT terminal. One IPv4 or IPv6 address comes back in canonical
 * form, so that {@code 2001:db8::1} and {@code 2001:0db8:0:0:0:0:0:1} are the same terminal; a
 * prefix ({@code 192.0.2.0/24}) or a range ({@code 192.0.2.1-192.0.2.9}) is recognised as such;
 * anything else is no IP address at all. Never looks a name up in DNS.
 */
public final class TerminalAddress {

    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:.]+");

    public enum Form { SINGLE, PREFIX_OR_RANGE, NOT_AN_ADDRESS }

    private TerminalAddress() {
    }

    public static Form formOf(String written) {
        if (canonical(written).isPresent()) {
            return Form.SINGLE;
        }
        return isPrefix(written) || isRange(written) ? Form.PREFIX_OR_RANGE : Form.NOT_AN_ADDRESS;
    }

    /** The address in canonical text, when what is written is exactly one IP address. */
    public static Optional<String> canonical(String written) {
        String text = written.trim();
        if (IPV4.matcher(text).matches()) {
            return Optional.of(parse(text).getHostAddress());
        }
        if (text.contains(":") && IPV6_CHARS.matcher(text).matches()) {
            try {
                return Optional.of(parse(text).getHostAddress());
            } catch (IllegalArgumentException malformed) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean isPrefix(String written) {
        int slash = written.indexOf('/');
        if (slash < 0 || !written.substring(slash + 1).matches("\\d{1,3}")) {
            return false;
        }
        String address = written.substring(0, slash);
        int length = Integer.parseInt(written.substring(slash + 1));
        int maximum = address.contains(":") ? 128 : 32;
        return canonical(address).isPresent() && length <= maximum;
    }

    private static boolean isRange(String written) {
        int dash = written.indexOf('-');
        return dash > 0 && canonical(written.substring(0, dash)).isPresent()
                && canonical(written.substring(dash + 1)).isPresent();
    }

    private static InetAddress parse(String literal) {
        try {
            // A literal of digits, dots, colons and hex letters only: InetAddress parses it without DNS.
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address: " + literal, e);
        }
    }
}
