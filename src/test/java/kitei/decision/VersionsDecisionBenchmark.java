package kitei.decision;

import java.io.IOException;
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

import kitei.StagedRevision;
import kitei.TestRuleBase;
import kitei.engine.RuleBase;

/**
 * One cancellation decision in process, trace on: with one version loaded, and with two (the repo's
 * tables and NOTICE_DAYS 30 → 60 staged from 2027-04-01) asked as of a day of each. The version is
 * picked before the session opens, so the three should cost the same. Run beside the tests, never by them:
 * {@code java -cp "$CP" org.openjdk.jmh.Main VersionsDecisionBenchmark -f 1 -wi 3 -w 2s -i 5 -r 2s -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class VersionsDecisionBenchmark {

    @Param({"one-version", "two-versions-base-day", "two-versions-revision-day"})
    public String loaded;

    private DecisionService service;
    private Decider decider;
    private JsonNode request;

    @Setup
    public void setUp() throws IOException {
        RuleBase ruleBase = loaded.equals("one-version") ? TestRuleBase.get() : StagedRevision.get();
        String asOf = loaded.equals("two-versions-revision-day") ? "2027-04-01" : "2027-03-31";
        service = TestRuleBase.service(ruleBase);
        decider = service.at("/v1/cancellation").orElseThrow();
        request = Json.MAPPER.readTree("{\"asOf\": \"" + asOf + "\", \"subject\": \"CONTRACT\", \"type\": \"GROUP\","
                + " \"billingStartDate\": \"2027-03-01\", \"monthlyFee\": 10000, \"noticeReceivedDate\": \"2027-03-20\", \"reason\": \"CUSTOMER\"}");
        Reply reply = service.decide(decider, request);
        if (reply.status() != 200) {
            throw new IllegalStateException(loaded + " answered " + reply.status() + ": " + reply.body());
        }
    }

    @Benchmark
    public Reply decide() {
        return service.decide(decider, request);
    }
}
