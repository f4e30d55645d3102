package kitei.metrics;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import kitei.decisionlog.DecisionLog;
import kitei.http.DecisionWorkers;
import kitei.engine.RuleBase;

/**
 * kitei's metrics in Prometheus text: decisions by endpoint and outcome, decision latency,
 * HTTP statuses, rule base loads and the serving rule base, the decision log, the JVM.
 */
public final class Metrics {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final MultiGauge ruleBaseInfo;
    private final AtomicInteger draftRefused = new AtomicInteger();
    private final JvmGcMetrics gc = new JvmGcMetrics();

    public Metrics() {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        ruleBaseInfo = MultiGauge.builder("kitei.rulebase.info")
                .description("the rule base serving decisions (value 1), by content hash and release")
                .register(registry);
        Gauge.builder("kitei.draft.refused", draftRefused, AtomicInteger::get)
                .description("1 while the watched folder's draft is refused by the gate (the last release keeps serving)")
                .register(registry);
    }

    // Meters are looked up once per label set, not built on every request.
    private final Map<String, Counter> decisions = new ConcurrentHashMap<>();
    private final Map<String, Timer> durations = new ConcurrentHashMap<>();
    private final Map<Integer, Counter> responses = new ConcurrentHashMap<>();

    public void decided(String endpoint, String outcome, long nanos) {
        decisions.computeIfAbsent(endpoint + " " + outcome, key -> Counter.builder("kitei.decisions")
                .description("decisions answered, by endpoint and outcome")
                .tags("endpoint", endpoint, "outcome", outcome).register(registry)).increment();
        durations.computeIfAbsent(endpoint, key -> Timer.builder("kitei.decision.duration")
                .description("time to decide, from request read to answer")
                .tags("endpoint", endpoint).publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofNanos(10_000)).maximumExpectedValue(Duration.ofSeconds(1))
                .register(registry)).record(nanos, TimeUnit.NANOSECONDS);
    }

    public void responded(int status) {
        responses.computeIfAbsent(status, key -> Counter.builder("kitei.http.responses").description("HTTP responses by status")
                .tags("status", Integer.toString(status)).register(registry)).increment();
    }

    public void ruleBaseLoaded(RuleBase ruleBase, String tariffVersion) {
        ruleBaseLoaded(ruleBase, tariffVersion, null);
    }

    /** The rule base serving, and the release it serves as ({@code release=""} when it is none). */
    public void ruleBaseLoaded(RuleBase ruleBase, String tariffVersion, String release) {
        Counter.builder("kitei.rulebase.loads").description("rule base builds, by result")
                .tags("result", "success").register(registry).increment();
        ruleBaseInfo.register(List.of(MultiGauge.Row.of(
                Tags.of("rulebase", ruleBase.id(), "release", release == null ? "" : release, "tariff_version", tariffVersion,
                        "rules", Integer.toString(ruleBase.rules().size())), 1)),
                true);
    }

    /** 1 while the draft folder's content is refused by the gate (the release before keeps serving), else 0. */
    public void draftRefused(boolean refused) {
        draftRefused.set(refused ? 1 : 0);
    }

    public void ruleBaseRefused() {
        Counter.builder("kitei.rulebase.loads").description("rule base builds, by result")
                .tags("result", "failure").register(registry).increment();
    }

    /** A fetch of the shared release repository: fetched (a new head), unchanged, or failed. */
    public void releaseFetched(String result) {
        Counter.builder("kitei.release.fetch").description("fetches of the shared release repository, by result")
                .tags("result", result).register(registry).increment();
    }

    /** A release of the shared repository that this instance's gate refused. */
    public void releaseRefused() {
        Counter.builder("kitei.release.refused").description("shared releases this instance's gate refused; the one before kept serving")
                .register(registry).increment();
    }

    public void decisionLog(DecisionLog log) {
        Gauge.builder("kitei.decision.log.queue", log::queued)
                .description("decision log records waiting to be written").register(registry);
        Gauge.builder("kitei.decision.log.healthy", () -> log.healthy() ? 1 : 0)
                .description("1 while the decision log can be written, 0 while writes fail or hang").register(registry);
        FunctionCounter.builder("kitei.decision.log.refused", log, DecisionLog::refused)
                .description("decisions refused with 503 because their record could not be taken: log full, failing or closing")
                .register(registry);
        FunctionCounter.builder("kitei.decision.log.written", log, DecisionLog::written)
                .description("records written to the decision log").register(registry);
        FunctionCounter.builder("kitei.decision.log.write.failures", log, DecisionLog::writeFailures)
                .description("failed attempts to write the decision log (each retried with back-off)").register(registry);
        FunctionCounter.builder("kitei.decision.log.unencodable", log, DecisionLog::unencodable)
                .description("records that could not be written as JSON and were logged without request and answer")
                .register(registry);
    }

    /** The decision threads: those abandoned in rule code past their budget, and those still stuck there. */
    public void decisionWorkers(DecisionWorkers workers) {
        FunctionCounter.builder("kitei.decision.workers.abandoned", workers, DecisionWorkers::abandonedCount)
                .description("decision threads abandoned because rule code ran past the decision budget").register(registry);
        Gauge.builder("kitei.decision.workers.stuck", workers, DecisionWorkers::stuckCount)
                .description("decision threads still stuck in rule code past their budget").register(registry);
    }

    public String scrape() {
        return registry.scrape();
    }

    public void close() {
        gc.close();
        registry.close();
    }
}
