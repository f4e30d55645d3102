package kitei.eligibility;

/** A realm the customer designates (A5.6.1), as written. */
public record Realm(String pointer, String name) {
}
