package kitei.eligibility;

/**
 * A CLIENT terminal (A5.2) as written, with its address in canonical form, or null when what
 * was written is a range or prefix rather than one address; {@code held} when the customer's record
 * lists it, rather than the order.
 */
public record Terminal(String pointer, String contractPointer, boolean held, int position, String written, String address) {
}
