package kitei.check;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a column of a scenario sheet holds, read from its header cell (the header's last line, the
 * English of a bilingual label): the scenario's name, endpoint or clauses; a field of the request named
 * by its path ({@code customer.contracts[0].type}); a field of the expected answer ({@code expect
 * effectiveDate}); the expected status, verdict or codes; or JSON for a nested part too awkward for columns.
 */
public record ScenarioColumn(Kind kind, String path, int index) {

    public enum Kind {
        NAME, ENDPOINT, CLAUSES, NOTE, REQUEST_FIELD, REQUEST_JSON, STATUS, VERDICT, CODES, EXPECTED_FIELD, ANSWER_JSON;

        public boolean isExpectation() {
            return this == STATUS || this == VERDICT || this == CODES || this == EXPECTED_FIELD || this == ANSWER_JSON;
        }
    }

    /** A field path: names joined by dots, each name may be followed by [index]. */
    public static final Pattern PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\[\\d+])*(\\.[A-Za-z_][A-Za-z0-9_]*(\\[\\d+])*)*");
    public static final String EXPECT = "expect ";

    /** The column a header names, or empty when the header is not one a scenario sheet has. */
    public static Optional<ScenarioColumn> of(String header, int index) {
        String[] lines = header.trim().split("\n");
        String english = lines[lines.length - 1].trim();
        String lower = english.toLowerCase(Locale.ROOT);
        boolean json = lower.contains("(json)");
        String bare = withoutRemark(lower);
        switch (bare) {
            case "scenario name", "name", "scenario" -> {
                return Optional.of(new ScenarioColumn(Kind.NAME, "", index));
            }
            case "endpoint" -> {
                return Optional.of(new ScenarioColumn(Kind.ENDPOINT, "", index));
            }
            case "clauses", "clause" -> {
                return Optional.of(new ScenarioColumn(Kind.CLAUSES, "", index));
            }
            case "note", "notes", "comment", "comments" -> {
                return Optional.of(new ScenarioColumn(Kind.NOTE, "", index));
            }
            case "request" -> {
                return json ? Optional.of(new ScenarioColumn(Kind.REQUEST_JSON, "", index)) : Optional.empty();
            }
            default -> {
            }
        }
        String expected = lower.startsWith("expected ") ? english.substring(9) : lower.startsWith(EXPECT) ? english.substring(7) : null;
        if (expected == null) {
            return PATH.matcher(english).matches() ? Optional.of(new ScenarioColumn(Kind.REQUEST_FIELD, english, index)) : Optional.empty();
        }
        String field = withoutRemark(expected.trim());
        switch (field.toLowerCase(Locale.ROOT)) {
            case "status" -> {
                return Optional.of(new ScenarioColumn(Kind.STATUS, "", index));
            }
            case "verdict" -> {
                return Optional.of(new ScenarioColumn(Kind.VERDICT, "", index));
            }
            case "codes" -> {
                return Optional.of(new ScenarioColumn(Kind.CODES, "", index));
            }
            case "answer", "answer fields" -> {
                return json ? Optional.of(new ScenarioColumn(Kind.ANSWER_JSON, "", index)) : Optional.empty();
            }
            default -> {
                return PATH.matcher(field).matches() ? Optional.of(new ScenarioColumn(Kind.EXPECTED_FIELD, field, index)) : Optional.empty();
            }
        }
    }

    /** A header without its remark in parentheses: "Expected status (blank: 200)" is "expected status". */
    private static String withoutRemark(String header) {
        int open = header.indexOf(" (");
        return (open < 0 ? header : header.substring(0, open)).trim();
    }
}
