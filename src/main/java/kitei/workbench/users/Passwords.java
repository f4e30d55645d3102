package kitei.workbench.users;

import java.util.regex.Pattern;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Password hashes with bcrypt (Spring Security's implementation): a cost of 2^12 rounds, about a
 * quarter of a second per check on one core, so that a stolen users file is slow to guess from.
 */
public final class Passwords {

    static final int COST = 12;
    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}");
    private static final BCryptPasswordEncoder ENCODER = new BCryptPasswordEncoder(COST);
    /** Checked against when the name is unknown, so that an unknown name takes as long as a wrong password. */
    private static final String NOBODY = ENCODER.encode("no one has this password");
    /** bcrypt reads only the first 72 bytes of a password; a longer one is refused rather than cut silently. */
    public static final int MAX_BYTES = 72;

    private Passwords() {
    }

    public static String hash(String password) {
        if (password.isEmpty()) {
            throw new IllegalArgumentException("the password is empty");
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("the password is longer than " + MAX_BYTES + " bytes (bcrypt reads no more)");
        }
        return ENCODER.encode(password);
    }

    public static boolean matches(String password, String hash) {
        return password != null && password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= MAX_BYTES
                && ENCODER.matches(password, hash);
    }

    /** Spends the time of one check, for a name that is not in the file. */
    static void spendOneCheck(String password) {
        ENCODER.matches(password == null ? "" : password, NOBODY);
    }

    static boolean isHash(String text) {
        return BCRYPT.matcher(text).matches();
    }
}
