package kitei.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.fasterxml.jackson.databind.JsonNode;

import kitei.check.CellJson;
import kitei.check.ScenarioColumn;
import kitei.check.ScenarioColumn.Kind;
import kitei.decision.Json;

/**
 * Rewrites a scenario sheet of the JSON layout (the request and the expected answer as JSON typed into
 * one cell each) in columns: one sheet per endpoint, a column per request field path and per expected
 * answer field path, each value in its own cell (numbers as numbers, true/false as booleans). Every
 * scenario keeps its name, clauses and expectations; a request or answer with an empty list or object,
 * which no column can hold, stays JSON in the optional JSON column.
 */
final class ScenarioLayout {

    static final String NAME = "シナリオ名\nScenario name";
    static final String ENDPOINT = "エンドポイント\nEndpoint";
    static final String CLAUSES = "条項\nClauses";
    static final String STATUS = "期待するステータス\nexpect status (blank: 200)";
    static final String VERDICT = "期待する判定\nexpect verdict";
    static final String CODES = "期待するコード\nexpect codes ('-': none)";
    static final String REQUEST_JSON = "リクエスト (JSON, 任意)\nRequest (JSON)";
    static final String ANSWER_JSON = "期待する回答 (JSON, 任意)\nexpect answer (JSON)";
    static final String NOTES = """
            One row per scenario; java -jar target/kitei.jar check runs every row before an edit goes live, and a failing row refuses the edit. \
            A column headed by a field path (customer.contracts[0].type) gives that field of the request; a column headed 'expect' and a path \
            (expect violations[0].code) checks that field of the answer. A blank cell is left out. To use or check another field, add a column.""";
    static final String NOTES_EXPECT = """
            expect status blank: 200. expect codes: every code of the answer (violations, conflicts, pending actions, warnings), \
            comma-separated; '-' means none. Every scenario must expect something. Request (JSON) and expect answer (JSON) are optional, \
            for a nested part too awkward for columns (the fields in columns are set on it); Calc's curly quotes are fine there.""";

    /** One scenario of the JSON layout, as read. */
    private record Old(String name, String endpoint, JsonNode request, Object status, String verdict, String codes, JsonNode answer,
                       String clauses, String note) {
    }

    private ScenarioLayout() {
    }

    /** The book in columns: unchanged when no sheet of it has the JSON layout. */
    static byte[] inColumns(byte[] bytes) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            boolean changed = false;
            for (int i = 0; i < book.getNumberOfSheets(); i++) {
                XSSFSheet sheet = book.getSheetAt(i);
                Optional<List<Old>> old = readOld(sheet);
                if (old.isPresent()) {
                    String title = titleOf(sheet);
                    book.removeSheetAt(i);
                    int at = i;
                    for (Map.Entry<String, List<Old>> endpoint : byEndpoint(old.get()).entrySet()) {
                        XSSFSheet written = book.createSheet(sheetName(book, endpoint.getKey()));
                        book.setSheetOrder(written.getSheetName(), at++);
                        write(written, title, endpoint.getKey(), endpoint.getValue());
                    }
                    i = at - 1;
                    changed = true;
                }
            }
            if (!changed) {
                return bytes;
            }
            book.setActiveSheet(0);
            book.setSelectedTab(0);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    /** The scenarios of a sheet in the JSON layout (request JSON and no request field column), else empty. */
    private static Optional<List<Old>> readOld(XSSFSheet sheet) throws IOException {
        Optional<Row> header = ScenarioFormat.header(sheet);
        if (header.isEmpty()) {
            return Optional.empty();
        }
        DataFormatter format = new DataFormatter();
        Map<Kind, Integer> columns = new LinkedHashMap<>();
        for (Cell cell : header.get()) {
            Optional<ScenarioColumn> column = ScenarioColumn.of(format.formatCellValue(cell), cell.getColumnIndex());
            column.ifPresent(c -> columns.putIfAbsent(c.kind(), c.index()));
        }
        if (!columns.containsKey(Kind.REQUEST_JSON) || columns.containsKey(Kind.REQUEST_FIELD) || columns.containsKey(Kind.EXPECTED_FIELD)) {
            return Optional.empty();
        }
        List<Old> scenarios = new ArrayList<>();
        for (int r = header.get().getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            String name = text(row, columns.get(Kind.NAME), format);
            if (name.isEmpty()) {
                continue;
            }
            Integer statusColumn = columns.get(Kind.STATUS);
            Object status = statusColumn == null || row.getCell(statusColumn) == null ? null
                    : CellJson.value(row.getCell(statusColumn)).map(v -> v.isNumber() || v.asText().matches("\\d{3}") ? (Object) v.asLong() : v.asText()).orElse(null);
            scenarios.add(new Old(name, text(row, columns.get(Kind.ENDPOINT), format), json(text(row, columns.get(Kind.REQUEST_JSON), format)),
                    status, text(row, columns.get(Kind.VERDICT), format), text(row, columns.get(Kind.CODES), format),
                    json(text(row, columns.get(Kind.ANSWER_JSON), format)), text(row, columns.get(Kind.CLAUSES), format),
                    text(row, columns.get(Kind.NOTE), format)));
        }
        return Optional.of(scenarios);
    }

    private static JsonNode json(String text) throws IOException {
        return text.isEmpty() ? null : Json.MAPPER.readTree(CellJson.straightQuotes(text));
    }

    private static String text(Row row, Integer column, DataFormatter format) {
        return column == null || row.getCell(column) == null ? "" : format.formatCellValue(row.getCell(column)).trim();
    }

    private static String titleOf(XSSFSheet sheet) {
        Row first = sheet.getRow(sheet.getFirstRowNum());
        Cell cell = first == null ? null : first.getCell(first.getFirstCellNum());
        return cell == null ? "シナリオ / Scenarios" : new DataFormatter().formatCellValue(cell);
    }

    private static Map<String, List<Old>> byEndpoint(List<Old> scenarios) {
        Map<String, List<Old>> groups = new LinkedHashMap<>();
        scenarios.forEach(s -> groups.computeIfAbsent(s.endpoint(), e -> new ArrayList<>()).add(s));
        return groups;
    }

    /** The sheet of an endpoint is named for its last segment: /v1/outage-credit is outage-credit. */
    private static String sheetName(XSSFWorkbook book, String endpoint) {
        String base = endpoint.substring(endpoint.lastIndexOf('/') + 1).replaceAll("[\\\\/?*\\[\\]:]", "");
        base = base.isEmpty() ? "scenarios" : base.substring(0, Math.min(base.length(), 28));
        String name = base;
        for (int n = 2; book.getSheet(name) != null; n++) {
            name = base + " " + n;
        }
        return name;
    }

    private static void write(XSSFSheet sheet, String title, String endpoint, List<Old> scenarios) {
        List<Map<String, JsonNode>> requests = new ArrayList<>();
        List<Map<String, JsonNode>> answers = new ArrayList<>();
        List<JsonNode> requestJson = new ArrayList<>();
        List<JsonNode> answerJson = new ArrayList<>();
        Set<String> requestPaths = new LinkedHashSet<>();
        Set<String> answerPaths = new LinkedHashSet<>();
        for (Old scenario : scenarios) {
            flattenInto(scenario.request(), requests, requestJson, requestPaths);
            flattenInto(scenario.answer(), answers, answerJson, answerPaths);
        }
        List<String> headers = new ArrayList<>(List.of(NAME, ENDPOINT, CLAUSES));
        headers.addAll(grouped(requestPaths));
        headers.addAll(List.of(STATUS, VERDICT, CODES));
        grouped(answerPaths).forEach(path -> headers.add(ScenarioColumn.EXPECT + path));
        headers.addAll(List.of(REQUEST_JSON, ANSWER_JSON, "メモ\nNote"));
        sheet.createRow(0).createCell(0).setCellValue(title + " — " + endpoint);
        sheet.createRow(1).createCell(0).setCellValue(NOTES);
        sheet.createRow(2).createCell(0).setCellValue(NOTES_EXPECT);
        Row header = sheet.createRow(4);
        for (int c = 0; c < headers.size(); c++) {
            header.createCell(c).setCellValue(headers.get(c));
        }
        for (int i = 0; i < scenarios.size(); i++) {
            Old scenario = scenarios.get(i);
            Row row = sheet.createRow(5 + i);
            text(row, headers.indexOf(NAME), scenario.name());
            text(row, headers.indexOf(ENDPOINT), scenario.endpoint());
            text(row, headers.indexOf(CLAUSES), scenario.clauses());
            requests.get(i).forEach((path, value) -> value(row, headers.indexOf(path), value));
            answers.get(i).forEach((path, value) -> value(row, headers.indexOf(ScenarioColumn.EXPECT + path), value));
            if (scenario.status() instanceof Long status) {
                row.createCell(headers.indexOf(STATUS)).setCellValue(status);
            } else if (scenario.status() != null) {
                text(row, headers.indexOf(STATUS), scenario.status().toString());
            }
            text(row, headers.indexOf(VERDICT), scenario.verdict());
            text(row, headers.indexOf(CODES), scenario.codes());
            if (requestJson.get(i) != null) {
                text(row, headers.indexOf(REQUEST_JSON), requestJson.get(i).toString());
            }
            if (answerJson.get(i) != null) {
                text(row, headers.indexOf(ANSWER_JSON), answerJson.get(i).toString());
            }
            text(row, headers.size() - 1, scenario.note());
        }
    }

    /** Paths side by side with their siblings: each parent's fields together, parents in the order they first appear. */
    private static List<String> grouped(Set<String> paths) {
        List<String> parents = new ArrayList<>();
        for (String path : paths) {
            String parent = parent(path);
            if (!parents.contains(parent)) {
                parents.add(parent);
            }
        }
        List<String> sorted = new ArrayList<>(paths);
        sorted.sort(java.util.Comparator.comparingInt((String path) -> topLevelOrder(paths, path)).thenComparingInt(path -> parents.indexOf(parent(path))));
        return sorted;
    }

    private static int topLevelOrder(Set<String> paths, String path) {
        String top = path.split("[.\\[]")[0];
        int i = 0;
        for (String other : paths) {
            if (other.split("[.\\[]")[0].equals(top)) {
                return i;
            }
            i++;
        }
        return i;
    }

    private static String parent(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(0, dot);
    }

    /** The document's leaves by path; a document with an empty list or object, or a null, stays whole as JSON. */
    private static void flattenInto(JsonNode document, List<Map<String, JsonNode>> fields, List<JsonNode> json, Set<String> paths) {
        Map<String, JsonNode> leaves = new LinkedHashMap<>();
        if (document == null || !document.isObject() || !flatten(document, "", leaves)) {
            fields.add(Map.of());
            json.add(document);
            return;
        }
        fields.add(leaves);
        json.add(null);
        paths.addAll(leaves.keySet());
    }

    private static boolean flatten(JsonNode node, String at, Map<String, JsonNode> leaves) {
        if (node.isObject()) {
            if (node.isEmpty() && !at.isEmpty()) {
                return false;
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!flatten(field.getValue(), at.isEmpty() ? field.getKey() : at + "." + field.getKey(), leaves)) {
                    return false;
                }
            }
            return true;
        }
        if (node.isArray()) {
            if (node.isEmpty()) {
                return false;
            }
            for (int i = 0; i < node.size(); i++) {
                if (!flatten(node.get(i), at + "[" + i + "]", leaves)) {
                    return false;
                }
            }
            return true;
        }
        if (node.isNull()) {
            return false;
        }
        leaves.put(at, node);
        return true;
    }

    private static void value(Row row, int column, JsonNode value) {
        Cell cell = row.createCell(column);
        if (value.isBoolean()) {
            cell.setCellValue(value.booleanValue());
        } else if (value.isNumber()) {
            cell.setCellValue(value.doubleValue());
        } else {
            cell.setCellValue(value.asText());
        }
    }

    private static void text(Row row, int column, String text) {
        if (text != null && !text.isEmpty()) {
            row.createCell(column).setCellValue(text);
        }
    }
}
