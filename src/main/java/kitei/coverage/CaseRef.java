package kitei.coverage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import kitei.decision.Json;

/** A test case of a case file ({@code src/test/resources/kitei/<feature>/cases/*.json}) and the clauses it exercises. */
public record CaseRef(String file, String name, List<String> clauses) {

    public static final String CASES = "src/test/resources/kitei";

    /** Every case under the root's case folder; empty when there is none (a service run from the jar). */
    public static Optional<List<CaseRef>> fromDirectory(Path root) {
        Path base = root.resolve(CASES);
        if (!Files.isDirectory(base)) {
            return Optional.empty();
        }
        List<CaseRef> cases = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(base)) {
            for (Path file : walk.filter(CaseRef::isCaseFile).sorted().toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                for (JsonNode testCase : Json.MAPPER.readTree(file.toFile()).path("cases")) {
                    List<String> clauses = new ArrayList<>();
                    testCase.path("clauses").forEach(clause -> clauses.add(clause.asText()));
                    cases.add(new CaseRef(relative, testCase.path("name").asText(), clauses));
                }
            }
        } catch (IOException unreadable) {
            return Optional.empty();
        }
        return Optional.of(cases);
    }

    private static boolean isCaseFile(Path file) {
        return file.toString().endsWith(".json") && file.getParent() != null
                && file.getParent().getFileName().toString().equals("cases");
    }
}
