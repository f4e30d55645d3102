package kitei.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import kitei.decision.Json;
import kitei.tariff.Clauses;

/**
 * Reads the analysts' scenarios: {@code scenarios/*.xlsx} at the root (beside, not under,
 * {@code decision-tables/}, so the engine never sees them). In every sheet, the row holding an
 * "Endpoint" label is the header; each row below it with a name is one scenario.
 */
public final class ScenarioBook {

    public static final String DIR = "scenarios";

    private static final List<String> KEYS = List.of("name", "endpoint", "request", "status", "verdict", "codes", "answer", "clauses");

    /** The scenarios read, and what could not be read (located). */
    public record Read(List<Scenario> scenarios, List<Issue> issues) {

        public static Read none() {
            return new Read(List.of(), List.of());
        }
    }

    private ScenarioBook() {
    }

    public static Read fromDirectory(Path root) {
        Path dir = root.resolve(DIR);
        if (!Files.isDirectory(dir)) {
            return Read.none();
        }
        List<Scenario> scenarios = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(ScenarioBook::isWorkbook).sorted().toList()) {
                Read read = read(DIR + "/" + file.getFileName(), Files.readAllBytes(file));
                scenarios.addAll(read.scenarios());
                issues.addAll(read.issues());
            }
        } catch (IOException e) {
            issues.add(Issue.error(Where.file(DIR), "cannot read the scenarios: " + e.getMessage()));
        }
        return new Read(scenarios, issues);
    }

    private static boolean isWorkbook(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".xlsx") && !name.startsWith("~$") && !name.startsWith(".");
    }

    public static Read read(String file, byte[] bytes) {
        List<Scenario> scenarios = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        Optional<String> excess = UnpackedSize.excess(bytes);
        if (excess.isPresent()) {
            return new Read(scenarios, List.of(Issue.error(Where.file(file), excess.get())));
        }
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            DataFormatter format = new DataFormatter();
            for (Sheet sheet : workbook) {
                readSheet(file, sheet, format, scenarios, issues);
            }
        } catch (IOException | RuntimeException unreadable) {
            issues.add(Issue.error(Where.file(file), "is not an Excel workbook that can be opened: " + unreadable.getMessage()));
        }
        return new Read(scenarios, issues);
    }

    private static void readSheet(String file, Sheet sheet, DataFormatter format, List<Scenario> scenarios, List<Issue> issues) {
        Map<String, Integer> columns = null;
        for (Row row : sheet) {
            if (columns == null) {
                columns = header(row, format);
                continue;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (Map.Entry<String, Integer> column : columns.entrySet()) {
                cells.put(column.getKey(), row.getCell(column.getValue()) == null ? "" : format.formatCellValue(row.getCell(column.getValue())).trim());
            }
            if (cells.values().stream().allMatch(String::isEmpty)) {
                continue;
            }
            Scenario scenario = scenario(file, sheet.getSheetName(), row.getRowNum(), columns, cells, issues);
            if (scenario != null) {
                scenarios.add(scenario);
            }
        }
    }

    private static Map<String, Integer> header(Row row, DataFormatter format) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        row.forEach(cell -> {
            String[] lines = format.formatCellValue(cell).toLowerCase(Locale.ROOT).split("\n");
            String english = lines[lines.length - 1];
            for (String key : KEYS) {
                if (english.contains(key) && !columns.containsKey(key)) {
                    columns.put(key, cell.getColumnIndex());
                    break;
                }
            }
        });
        return columns.containsKey("endpoint") && columns.containsKey("request") ? columns : null;
    }

    private static Scenario scenario(String file, String sheet, int rowIndex, Map<String, Integer> columns,
                                     Map<String, String> cells, List<Issue> issues) {
        Where row = Where.cell(file, sheet, "row " + (rowIndex + 1));
        String name = cells.getOrDefault("name", "");
        if (name.isEmpty()) {
            issues.add(Issue.error(cellOf(file, sheet, rowIndex, columns, "name"), "the scenario has no name"));
            return null;
        }
        JsonNode request = json(file, sheet, rowIndex, columns, "request", cells, issues);
        JsonNode answer = cells.getOrDefault("answer", "").isEmpty() ? null : json(file, sheet, rowIndex, columns, "answer", cells, issues);
        int status = 200;
        String statusText = cells.getOrDefault("status", "");
        if (!statusText.isEmpty()) {
            try {
                status = Integer.parseInt(statusText.replace(".0", ""));
            } catch (NumberFormatException e) {
                issues.add(Issue.error(cellOf(file, sheet, rowIndex, columns, "status"), "'" + statusText + "' is not an HTTP status such as 200 or 422"));
            }
        }
        List<String> clauses = list(cells.getOrDefault("clauses", ""));
        for (String clause : clauses) {
            if (!Clauses.isKnown(clause)) {
                issues.add(Issue.error(cellOf(file, sheet, rowIndex, columns, "clauses"), "'" + clause + "' is not a clause id of the tariff (ARTICLES.md)"));
            }
        }
        if (clauses.isEmpty()) {
            issues.add(Issue.warning(row, "scenario '" + name + "' names no clause it exercises"));
        }
        if (request == null || (answer == null && !cells.getOrDefault("answer", "").isEmpty())) {
            return null;
        }
        String codesText = cells.getOrDefault("codes", "");
        List<String> codes = codesText.isEmpty() ? null : codesText.equals("-") || codesText.equalsIgnoreCase("none") ? List.of() : list(codesText);
        String verdict = cells.getOrDefault("verdict", "");
        return new Scenario(row, name, cells.getOrDefault("endpoint", ""), request, status, verdict.isEmpty() ? null : verdict,
                codes, answer, clauses);
    }

    private static JsonNode json(String file, String sheet, int rowIndex, Map<String, Integer> columns, String key,
                                 Map<String, String> cells, List<Issue> issues) {
        if (cells.getOrDefault(key, "").isEmpty()) {
            issues.add(Issue.error(cellOf(file, sheet, rowIndex, columns, key), "is empty; write the " + key + " as JSON"));
            return null;
        }
        try {
            return Json.MAPPER.readTree(cells.get(key));
        } catch (JsonProcessingException e) {
            issues.add(Issue.error(cellOf(file, sheet, rowIndex, columns, key), "is not valid JSON: " + e.getOriginalMessage()));
            return null;
        }
    }

    private static Where cellOf(String file, String sheet, int row, Map<String, Integer> columns, String key) {
        Integer column = columns.get(key);
        return column == null ? Where.cell(file, sheet, "row " + (row + 1)) : Where.cell(file, sheet, DecisionTable.cellName(row, column));
    }

    private static List<String> list(String text) {
        return Arrays.stream(text.split("[,\\s]+")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
