package kitei.check;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kitei.engine.RuleSources;
import kitei.tariff.Codes;

/**
 * The codes DRL rules give, held to the same catalogue as the tables' ({@link Codes}): each a code of
 * the API, of the kind the rule inserts, under the clause the rule cites.
 */
final class DrlCodes {

    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");
    private static final Pattern CLAUSE = Pattern.compile("@clause\\(\\s*\"([^\"]*)\"\\s*\\)");
    private static final Pattern GIVES = Pattern.compile("(Finding\\.(violation|conflict|pending|warning)|new\\s+ChangeViolation)\\(\\s*\"([A-Z0-9_]+)\"");

    private DrlCodes() {
    }

    static List<Issue> check(RuleSources sources) {
        List<Issue> issues = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : sources.files().entrySet()) {
            if (file.getKey().endsWith(".drl")) {
                check(file.getKey(), new String(file.getValue(), StandardCharsets.UTF_8), issues);
            }
        }
        return issues;
    }

    private static void check(String path, String text, List<Issue> issues) {
        String[] lines = text.split("\n", -1);
        String clause = "";
        for (int i = 0; i < lines.length; i++) {
            if (RULE.matcher(lines[i]).find()) {
                clause = "";
            }
            Matcher cited = CLAUSE.matcher(lines[i]);
            if (cited.find()) {
                clause = cited.group(1);
            }
            Matcher gives = GIVES.matcher(lines[i]);
            while (gives.find()) {
                int line = i + 1;
                problem(gives.group(3), kindOf(gives.group(2)), clause).ifPresent(message -> issues.add(Issue.error(Where.line(path, line), message)));
            }
        }
    }

    private static Optional<String> problem(String code, Codes.Kind kind, String clause) {
        Optional<Codes.Code> known = Codes.find(code);
        if (known.isEmpty()) {
            return Optional.of("code " + code + " is not a code of the API (spec/API.md); add it to the code catalogue"
                    + " (kitei.tariff.Codes) with the contract change that brings it");
        }
        if (known.get().kind() != kind) {
            return Optional.of("code " + code + " is a " + name(known.get().kind()) + " code, and this rule gives it as a " + name(kind));
        }
        if (!clause.isEmpty() && !known.get().clause().equals(clause)) {
            return Optional.of("code " + code + " belongs to clause " + known.get().clause() + ", and this rule cites " + clause);
        }
        return Optional.empty();
    }

    private static Codes.Kind kindOf(String finding) {
        if (finding == null) {
            return Codes.Kind.CHANGE_VIOLATION;
        }
        return switch (finding) {
            case "violation" -> Codes.Kind.VIOLATION;
            case "conflict" -> Codes.Kind.CONFLICT;
            case "pending" -> Codes.Kind.PENDING_ACTION;
            default -> Codes.Kind.WARNING;
        };
    }

    private static String name(Codes.Kind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
