package kitei.check;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kitei.check.DecisionTable.Column;
import kitei.engine.BuildProblem;
import kitei.engine.RuleSources;

/**
 * Turns what the Drools build reports (lines of generated DRL, or of Java generated from that) back
 * into the file, sheet and cell, or the DRL line, that an analyst wrote.
 */
final class BuildErrors {

    private static final String JAVA_SOURCE = "Java source of ";
    private static final Pattern DRL_NOISE = Pattern.compile("^\\[ERR \\d+\\] Line \\d+:\\d+ |\\s+in rule \"[^\"]*\"$");
    private static final Pattern QUOTED = Pattern.compile("'([^']+)'|\"([^\"]+)\"");
    private static final Pattern UNKNOWN_FIELD = Pattern.compile("(?:field|property|method) (\\w+) (?:on|in) (?:class )?([\\w.$]+)");

    private final RuleSources sources;
    private final Map<String, GeneratedDrl> workbooks;
    private final Map<String, List<DecisionTable>> tables;

    BuildErrors(RuleSources sources, Map<String, GeneratedDrl> workbooks, Map<String, List<DecisionTable>> tables) {
        this.sources = sources;
        this.workbooks = workbooks;
        this.tables = tables;
    }

    List<Issue> locate(List<BuildProblem> problems) {
        Map<String, List<String>> javaSources = new HashMap<>();
        for (BuildProblem problem : problems) {
            int at = problem.message().indexOf(" in error:");
            if (problem.message().startsWith(JAVA_SOURCE) && at > 0) {
                javaSources.put(problem.file(), problem.message().substring(at + " in error:".length()).strip().lines().toList());
            }
        }
        Set<Issue> issues = new LinkedHashSet<>();
        for (BuildProblem problem : problems) {
            if (problem.message().startsWith(JAVA_SOURCE) || problem.message().startsWith("Parser returned a null Package")) {
                continue;
            }
            issues.add(locate(problem, javaSources));
        }
        return new ArrayList<>(issues);
    }

    private Issue locate(BuildProblem problem, Map<String, List<String>> javaSources) {
        String message = DRL_NOISE.matcher(problem.message().strip()).replaceAll("");
        int line = parse(problem.location());
        GeneratedDrl workbook = workbooks.get(problem.file());
        if (workbook != null) {
            int at = line > 0 ? line : guessLine(workbook, message);
            return inWorkbook(workbook, at, message);
        }
        if (sources.files().containsKey(problem.file())) {
            return Issue.error(Where.line(problem.file(), Math.max(line, guessDrlLine(problem.file(), message))), message);
        }
        List<String> java = javaSources.get(problem.file());
        if (java != null && line > 0 && line <= java.size()) {
            String code = java.get(line - 1).strip();
            for (GeneratedDrl generated : workbooks.values()) {
                int drlLine = generated.lineOf(code);
                if (drlLine > 0) {
                    return inWorkbook(generated, drlLine, message + " (in: " + code + ")");
                }
            }
            for (Map.Entry<String, byte[]> file : sources.files().entrySet()) {
                int drlLine = lineIn(new String(file.getValue(), StandardCharsets.UTF_8), code);
                if (drlLine > 0) {
                    return Issue.error(Where.line(file.getKey(), drlLine), message + " (in: " + code + ")");
                }
            }
        }
        return Issue.error(Where.file(problem.file().isEmpty() ? "(rule base)" : problem.file()), message);
    }

    private Issue inWorkbook(GeneratedDrl workbook, int line, String message) {
        Optional<Where> cell = workbook.cellOf(line);
        if (cell.isEmpty()) {
            return Issue.error(Where.file(workbook.file()), "the workbook's rules do not compile: " + message);
        }
        return Issue.error(cell.get(), "this cell makes its rule fail to compile: " + message + hint(cell.get()));
    }

    /** Names the column and where its code template is, since a typo there breaks every row. */
    private String hint(Where cell) {
        for (DecisionTable table : tables.getOrDefault(cell.file(), List.of())) {
            if (!table.sheet().equals(cell.sheet()) || cell.cell() == null || cell.cell().startsWith("row ")) {
                continue;
            }
            int column = new org.apache.poi.ss.util.CellReference(cell.cell()).getCol();
            for (Column c : table.columns()) {
                if (c.index() == column) {
                    String object = c.objectType().isEmpty() ? "" : ", fact type " + c.objectType();
                    return " — column '" + c.shortLabel() + "', whose code is `" + c.template() + "` (" + table.templateOf(c).cell() + object + ")";
                }
            }
        }
        return "";
    }

    private static int guessLine(GeneratedDrl workbook, String message) {
        for (String snippet : snippets(message)) {
            int line = workbook.lineOf(snippet);
            if (line > 0) {
                return line;
            }
        }
        return 0;
    }

    private int guessDrlLine(String file, String message) {
        String text = new String(sources.files().get(file), StandardCharsets.UTF_8);
        for (String snippet : snippets(message)) {
            int line = lineIn(text, snippet);
            if (line > 0) {
                return line;
            }
        }
        return 0;
    }

    /** Bits of a message that the offending line likely holds: an expression after a colon, a quoted word, an unknown field. */
    static List<String> snippets(String message) {
        List<String> snippets = new ArrayList<>();
        Matcher field = UNKNOWN_FIELD.matcher(message);
        if (field.find()) {
            String owner = field.group(2).substring(field.group(2).lastIndexOf('.') + 1);
            snippets.add(owner + "." + field.group(1));
            snippets.add(field.group(1));
        }
        int colon = message.lastIndexOf(": ");
        if (colon > 0) {
            snippets.add(message.substring(colon + 2).strip());
        }
        Matcher quoted = QUOTED.matcher(message);
        while (quoted.find()) {
            snippets.add(quoted.group(1) != null ? quoted.group(1) : quoted.group(2));
        }
        return snippets;
    }

    private static int lineIn(String text, String snippet) {
        String wanted = GeneratedDrl.squeeze(snippet);
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size() && !wanted.isEmpty(); i++) {
            if (GeneratedDrl.squeeze(lines.get(i)).contains(wanted)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int parse(String location) {
        try {
            return location == null || location.isBlank() ? 0 : Integer.parseInt(location.trim());
        } catch (NumberFormatException notALine) {
            return 0;
        }
    }
}
