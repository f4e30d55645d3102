package kitei.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kitei.check.ScenarioColumn.Kind;
import kitei.decision.Json;
import kitei.tariff.Clauses;

/**
 * Reads the analysts' scenarios: {@code scenarios/*.xlsx} at the root (beside, not under,
 * {@code decision-tables/}, so the engine never sees them). In every sheet, the row holding an
 * "Endpoint" label is the header; each row below it with a name is one scenario, written in columns
 * ({@link ScenarioColumn}): one per request field, one per expected answer field, JSON only for a
 * nested part too awkward for columns. A scenario that expects nothing is refused.
 */
public final class ScenarioBook {

    public static final String DIR = "scenarios";

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
        List<ScenarioColumn> columns = null;
        for (Row row : sheet) {
            if (columns == null) {
                columns = header(file, sheet, row, format, issues);
                continue;
            }
            Map<ScenarioColumn, Cell> cells = new LinkedHashMap<>();
            for (ScenarioColumn column : columns) {
                Cell cell = row.getCell(column.index());
                if (column.kind() != Kind.NOTE && cell != null && !format.formatCellValue(cell).isBlank()) {
                    cells.put(column, cell);
                }
            }
            if (!cells.isEmpty()) {
                new RowReader(file, sheet.getSheetName(), row.getRowNum(), columns, cells, format, issues).scenario().ifPresent(scenarios::add);
            }
        }
    }

    /** The columns of the header row (the row with an Endpoint label), or null when the row is not the header. */
    private static List<ScenarioColumn> header(String file, Sheet sheet, Row row, DataFormatter format, List<Issue> issues) {
        boolean isHeader = false;
        for (Cell cell : row) {
            Optional<ScenarioColumn> column = ScenarioColumn.of(format.formatCellValue(cell), cell.getColumnIndex());
            isHeader |= column.isPresent() && column.get().kind() == Kind.ENDPOINT;
        }
        if (!isHeader) {
            return null;
        }
        List<ScenarioColumn> columns = new ArrayList<>();
        Map<String, ScenarioColumn> seen = new HashMap<>();
        for (Cell cell : row) {
            String header = format.formatCellValue(cell).trim();
            if (header.isEmpty()) {
                continue;
            }
            Where where = Where.cell(file, sheet.getSheetName(), DecisionTable.cellName(row.getRowNum(), cell.getColumnIndex()));
            Optional<ScenarioColumn> column = ScenarioColumn.of(header, cell.getColumnIndex());
            if (column.isEmpty()) {
                issues.add(Issue.error(where, "'" + header.replace("\n", " ") + "' is not a column a scenario sheet has: name a request field by its path"
                        + " (customer.contracts[0].type), an answer field by 'expect' and its path (expect effectiveDate),"
                        + " or use Scenario name, Endpoint, Clauses, expect status, expect verdict, expect codes, Request (JSON),"
                        + " expect answer (JSON) or Note"));
                continue;
            }
            String key = column.get().kind() + " " + column.get().path();
            if (seen.containsKey(key)) {
                issues.add(Issue.error(where, "repeats the column in " + DecisionTable.cellName(row.getRowNum(), seen.get(key).index())
                        + "; keep one of them"));
                continue;
            }
            seen.put(key, column.get());
            columns.add(column.get());
        }
        return columns;
    }

    /** One row of a scenario sheet read as a scenario; each problem is an issue at its cell. */
    private record RowReader(String file, String sheet, int rowIndex, List<ScenarioColumn> columns, Map<ScenarioColumn, Cell> cells,
                             DataFormatter format, List<Issue> issues) {

        Optional<Scenario> scenario() {
            Where row = Where.cell(file, sheet, "row " + (rowIndex + 1));
            String name = text(Kind.NAME);
            if (name.isEmpty()) {
                issues.add(Issue.error(at(Kind.NAME), "the scenario has no name"));
                return Optional.empty();
            }
            int before = issues.size();
            ObjectNode request = document(Kind.REQUEST_JSON, Kind.REQUEST_FIELD, "request");
            ObjectNode answer = document(Kind.ANSWER_JSON, Kind.EXPECTED_FIELD, "expected answer");
            Integer status = status();
            List<String> clauses = clauses(name, row);
            String endpoint = text(Kind.ENDPOINT);
            if (endpoint.isEmpty()) {
                issues.add(Issue.error(at(Kind.ENDPOINT), "scenario '" + name + "' has no endpoint; write one such as /v1/eligibility"));
            }
            String codesText = text(Kind.CODES);
            String verdict = text(Kind.VERDICT);
            if (codesText.isEmpty() && verdict.isEmpty() && text(Kind.STATUS).isEmpty() && answer.isEmpty()
                    && cells.keySet().stream().noneMatch(c -> c.kind() == Kind.ANSWER_JSON)) {
                issues.add(Issue.error(firstExpectation().orElse(row), "scenario '" + name + "' expects nothing: fill its expect status,"
                        + " expect verdict, expect codes or an expect column of an answer field; a scenario that expects nothing passes whatever the rules answer"));
            }
            if (issues.size() > before) {
                return Optional.empty();
            }
            List<String> codes = codesText.isEmpty() ? null : codesText.equals("-") || codesText.equalsIgnoreCase("none") ? List.of() : list(codesText);
            return Optional.of(new Scenario(row, name, endpoint, request, status == null ? 200 : status, verdict.isEmpty() ? null : verdict,
                    codes, answer.isEmpty() ? null : answer, clauses));
        }

        /** The JSON column, if given, with each field column set on it. */
        private ObjectNode document(Kind json, Kind field, String what) {
            ObjectNode document = Json.MAPPER.createObjectNode();
            Optional<ScenarioColumn> jsonColumn = column(json);
            if (jsonColumn.isPresent() && cells.containsKey(jsonColumn.get())) {
                try {
                    JsonNode typed = CellJson.parse(format.formatCellValue(cells.get(jsonColumn.get())));
                    if (typed instanceof ObjectNode object) {
                        document = object;
                    } else {
                        issues.add(Issue.error(at(json), "the " + what + " must be a JSON object, in braces: {\"asOf\": \"2026-11-25\", …}"));
                    }
                } catch (CellJson.Unreadable unreadable) {
                    issues.add(Issue.error(at(json), unreadable.getMessage()));
                }
            }
            for (Map.Entry<ScenarioColumn, Cell> cell : cells.entrySet()) {
                if (cell.getKey().kind() == field) {
                    JsonNode value = CellJson.value(cell.getValue()).orElseThrow();
                    Optional<String> problem = FieldPath.set(document, cell.getKey().path(), value);
                    problem.ifPresent(why -> issues.add(Issue.error(at(cell.getKey()), "cannot set " + cell.getKey().path() + ": " + why)));
                }
            }
            Optional<String> gap = FieldPath.gap(document, "");
            gap.ifPresent(path -> issues.add(Issue.error(Where.cell(file, sheet, "row " + (rowIndex + 1)), "the " + what + " gives a later element"
                    + " of a list but not " + path + "; fill the columns of " + path + " too, or number the elements from [0]")));
            return document;
        }

        private Integer status() {
            String text = text(Kind.STATUS);
            if (text.isEmpty()) {
                return null;
            }
            try {
                return Integer.parseInt(text.endsWith(".0") ? text.substring(0, text.length() - 2) : text);
            } catch (NumberFormatException e) {
                issues.add(Issue.error(at(Kind.STATUS), "'" + text + "' is not an HTTP status such as 200 or 422"));
                return null;
            }
        }

        private List<String> clauses(String name, Where row) {
            List<String> clauses = list(text(Kind.CLAUSES));
            for (String clause : clauses) {
                if (!Clauses.isKnown(clause)) {
                    issues.add(Issue.error(at(Kind.CLAUSES), "'" + clause + "' is not a clause id of the tariff (ARTICLES.md)"));
                }
            }
            if (clauses.isEmpty()) {
                issues.add(Issue.warning(row, "scenario '" + name + "' names no clause it exercises"));
            }
            return clauses;
        }

        private Optional<Where> firstExpectation() {
            return columns.stream().filter(c -> c.kind().isExpectation()).findFirst().map(this::at);
        }

        private String text(Kind kind) {
            return column(kind).map(cells::get).map(cell -> format.formatCellValue(cell).trim()).orElse("");
        }

        private Optional<ScenarioColumn> column(Kind kind) {
            return columns.stream().filter(c -> c.kind() == kind).findFirst();
        }

        private Where at(Kind kind) {
            return column(kind).map(this::at).orElse(Where.cell(file, sheet, "row " + (rowIndex + 1)));
        }

        private Where at(ScenarioColumn column) {
            return Where.cell(file, sheet, DecisionTable.cellName(rowIndex, column.index()));
        }
    }

    private static List<String> list(String text) {
        return Arrays.stream(text.split("[,\\s]+")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
