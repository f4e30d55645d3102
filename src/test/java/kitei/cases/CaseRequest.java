package kitei.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import kitei.check.Scenario;
import kitei.check.ScenarioBook;
import kitei.decision.Json;

/**
 * One request a case file or an analysts' scenario sends, with where it is written, the endpoint it
 * goes to and the status it expects: what the contract tests send to a running service.
 */
public record CaseRequest(String where, String endpoint, JsonNode request, int status) {

    @Override
    public String toString() {
        return where;
    }

    /** Every case of every case file, then every scenario of every workbook under {@code scenarios/}. */
    public static List<CaseRequest> all() {
        List<CaseRequest> all = new ArrayList<>(fromCaseFiles());
        all.addAll(fromScenarios());
        return all;
    }

    public static List<CaseRequest> fromCaseFiles() {
        List<CaseRequest> all = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(CaseFilesTest.CASES)) {
            for (Path file : walk.filter(CaseRequest::isCaseFile).sorted().toList()) {
                JsonNode document = Json.MAPPER.readTree(file.toFile());
                String endpoint = document.path("endpoint").asText();
                for (JsonNode testCase : document.path("cases")) {
                    all.add(new CaseRequest(CaseFilesTest.CASES.relativize(file) + ": " + testCase.path("name").asText(),
                            endpoint, testCase.path("request"), testCase.path("expect").path("status").asInt()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    public static List<CaseRequest> fromScenarios() {
        ScenarioBook.Read read = ScenarioBook.fromDirectory(Path.of("."));
        if (!read.issues().isEmpty()) {
            throw new IllegalStateException("the scenarios cannot be read: " + read.issues());
        }
        List<CaseRequest> all = new ArrayList<>();
        for (Scenario scenario : read.scenarios()) {
            all.add(new CaseRequest(scenario.where() + ": " + scenario.name(), scenario.endpoint(), scenario.request(), scenario.status()));
        }
        return all;
    }

    private static boolean isCaseFile(Path path) {
        return path.getParent().getFileName().toString().equals("cases") && path.toString().endsWith(".json");
    }
}
