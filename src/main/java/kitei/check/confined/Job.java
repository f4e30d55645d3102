package kitei.check.confined;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.fasterxml.jackson.databind.JsonNode;

import kitei.check.Issue;
import kitei.check.Scenario;
import kitei.check.ScenarioBook;
import kitei.decision.Json;
import kitei.engine.RuleSources;

/**
 * The folder one confined gate run works in, and what passes through it: the candidate's sources and
 * scenarios and the clock's instant in, the issues, each scenario's differences and the kjar out.
 */
record Job(Path folder) {

    private static final String SOURCES = "sources";
    private static final String INPUT = "input.json";
    private static final String RESULT = "result.json";
    private static final String KJAR = "candidate.kjar";
    private static final ObjectMapper JSON = Json.MAPPER.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** What the gate's process needs besides the sources. */
    record Input(String origin, Instant now, String zone, ScenarioBook.Read scenarios) {
    }

    /**
     * What it found; {@code differences} has one entry per scenario, in order; {@code sandboxed} when
     * the sandbox refused the candidate something (its process is then not used again).
     */
    record Output(List<Issue> issues, List<List<String>> differences, boolean compiled, boolean sandboxed) {
    }

    void writeInput(RuleSources sources, Input input) throws IOException {
        for (Map.Entry<String, byte[]> file : sources.files().entrySet()) {
            Path target = folder.resolve(SOURCES).resolve(file.getKey()).normalize();
            if (!target.startsWith(folder.resolve(SOURCES))) {
                throw new IOException("a source path leaves the job's folder: " + file.getKey());
            }
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        JSON.writeValue(folder.resolve(INPUT).toFile(), input);
    }

    Input input() throws IOException {
        Input input = JSON.readValue(folder.resolve(INPUT).toFile(), Input.class);
        List<Scenario> scenarios = input.scenarios().scenarios().stream().map(Job::withNulls).toList();
        return new Input(input.origin(), input.now(), input.zone(), new ScenarioBook.Read(scenarios, input.scenarios().issues()));
    }

    /** JSON null comes back as a null node; a scenario means "not checked" by a Java null. */
    private static Scenario withNulls(Scenario read) {
        return new Scenario(read.where(), read.name(), read.endpoint(), orNull(read.request()), read.status(), read.verdict(),
                read.codes(), orNull(read.answer()), read.clauses());
    }

    private static JsonNode orNull(JsonNode node) {
        return node == null || node.isNull() ? null : node;
    }

    RuleSources sources(String origin) {
        Path root = folder.resolve(SOURCES);
        return new RuleSources(origin, new TreeMap<>(RuleSources.fromDirectory(root).files()));
    }

    void writeOutput(Output output, byte[] kjar) throws IOException {
        if (kjar != null) {
            Files.write(folder.resolve(KJAR), kjar);
        }
        Path temporary = folder.resolve(RESULT + ".tmp");
        JSON.writeValue(temporary.toFile(), output);
        Files.move(temporary, folder.resolve(RESULT));
    }

    boolean hasOutput() {
        return Files.isRegularFile(folder.resolve(RESULT));
    }

    Output output() throws IOException {
        return JSON.readValue(folder.resolve(RESULT).toFile(), Output.class);
    }

    byte[] kjar() throws IOException {
        return Files.readAllBytes(folder.resolve(KJAR));
    }
}
