package kitei.decision;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import com.fasterxml.jackson.databind.JsonNode;

import kitei.TestRuleBase;

/**
 * One decision of each kind in process, trace on, as {@code bench/run} measures it: from the parsed
 * request to the answer (facts read, session, rules, trace, answer assembled). Requests are
 * {@code bench/requests/<endpoint>.json}, the examples of API.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DecisionBenchmark {

    @Param({"eligibility", "cancellation", "outage-credit", "changes", "charges"})
    public String endpoint;

    private DecisionService service;
    private Decider decider;
    private JsonNode request;

    @Setup
    public void setUp() throws IOException {
        service = TestRuleBase.service();
        decider = service.at("/v1/" + endpoint).orElseThrow();
        request = Json.MAPPER.readTree(Path.of("bench/requests", endpoint + ".json").toFile());
        Reply reply = service.decide(decider, request);
        if (reply.status() != 200) {
            throw new IllegalStateException(endpoint + " answered " + reply.status() + ": " + reply.body());
        }
    }

    @Benchmark
    public Reply decide() {
        return service.decide(decider, request);
    }
}
