package kitei.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import kitei.decisionlog.DecisionLog;
import kitei.decisionlog.DecisionLogConfig;
import kitei.decisionlog.DecisionLogMode;
import kitei.engine.CompiledRuleBases;
import kitei.engine.RuleSources;
import kitei.http.HttpConfig;
import kitei.http.Service;
import kitei.release.ReleaseStore;
import kitei.release.SharedRepository;
import kitei.workbench.users.Users;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve decisions over HTTP on the newest release in --data; the first start releases the rules, tables and scenarios of the working directory (else those in the jar).")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "${env:KITEI_PORT:-8080}",
            description = "port to listen on (default ${DEFAULT-VALUE}; env KITEI_PORT)")
    int port;

    @Option(names = "--host", defaultValue = "${env:KITEI_HOST:-127.0.0.1}",
            description = "address to listen on (default ${DEFAULT-VALUE}; env KITEI_HOST)")
    String host;

    @Option(names = "--max-body-bytes", defaultValue = "${env:KITEI_MAX_BODY_BYTES:-262144}",
            description = "largest request body accepted, else 413 (default ${DEFAULT-VALUE}; env KITEI_MAX_BODY_BYTES)")
    int maxBodyBytes;

    @Option(names = "--max-batch-items", defaultValue = "${env:KITEI_MAX_BATCH_ITEMS:-100}",
            description = "most decisions in one batch, else 413 (default ${DEFAULT-VALUE}; env KITEI_MAX_BATCH_ITEMS)")
    int maxBatchItems;

    @Option(names = "--max-nesting-depth", defaultValue = "${env:KITEI_MAX_NESTING_DEPTH:-32}",
            description = "deepest JSON nesting accepted, else 400 (default ${DEFAULT-VALUE}; env KITEI_MAX_NESTING_DEPTH)")
    int maxNestingDepth;

    @Option(names = "--request-timeout-ms", defaultValue = "${env:KITEI_REQUEST_TIMEOUT_MS:-10000}",
            description = "a request not answered in this time gets 503 (default ${DEFAULT-VALUE}; env KITEI_REQUEST_TIMEOUT_MS)")
    long requestTimeoutMillis;

    @Option(names = "--idle-timeout-s", defaultValue = "${env:KITEI_IDLE_TIMEOUT_S:-60}",
            description = "a connection idle this long is closed (default ${DEFAULT-VALUE}; env KITEI_IDLE_TIMEOUT_S)")
    int idleTimeoutSeconds;

    @Option(names = "--admin-token-file", defaultValue = "${env:KITEI_ADMIN_TOKEN_FILE}",
            description = "file holding the bearer token for /admin/…, else env KITEI_ADMIN_TOKEN; none turns the admin operations off")
    Path adminTokenFile;

    @Option(names = "--decision-token-file", defaultValue = "${env:KITEI_DECISION_TOKEN_FILE}",
            description = "file holding the bearer token the decision endpoints require, else env KITEI_DECISION_TOKEN; none leaves them open")
    Path decisionTokenFile;

    /** Refused: a token on the command line is visible to every user of the machine (ps, /proc). */
    @Option(names = {"--admin-token", "--decision-token"}, hidden = true)
    String tokenOnCommandLine;

    @Option(names = "--data", defaultValue = "${env:KITEI_DATA:-" + CompiledRuleBases.DEFAULT_DATA + "}",
            description = "the service's own data directory (the release history releases.git, the compiled-rule cache), owner-only (default ${DEFAULT-VALUE}; env KITEI_DATA)")
    Path data;

    @Spec
    CommandSpec spec;

    @Mixin
    SharedRepositoryOptions sharedRepository;

    @Option(names = "--decision-log", defaultValue = "${env:KITEI_DECISION_LOG:-decisions.jsonl}",
            description = "file every decision is appended to as a JSON line, or 'off' (default ${DEFAULT-VALUE}; env KITEI_DECISION_LOG)")
    String decisionLog;

    @Option(names = "--decision-log-mode", defaultValue = "${env:KITEI_DECISION_LOG_MODE:-written}",
            description = "when a decision is answered: 'queued' (its record is queued), 'written' (written to the file: "
                    + "a crash of the process loses no answered decision) or 'synced' (on disk: nor does a power loss) "
                    + "(default ${DEFAULT-VALUE}; env KITEI_DECISION_LOG_MODE)")
    String decisionLogMode;

    @Option(names = "--decision-log-gzip", defaultValue = "${env:KITEI_DECISION_LOG_GZIP:-true}", arity = "1",
            description = "gzip rotated decision log files (default ${DEFAULT-VALUE}; env KITEI_DECISION_LOG_GZIP)")
    boolean decisionLogGzip;

    @Option(names = "--decision-log-close-seconds", defaultValue = "${env:KITEI_DECISION_LOG_CLOSE_SECONDS:-10}",
            description = "on stopping, how long to wait for records still unwritten before reporting them lost "
                    + "(default ${DEFAULT-VALUE}; env KITEI_DECISION_LOG_CLOSE_SECONDS)")
    long decisionLogCloseSeconds;

    @Option(names = "--decision-log-max-bytes", defaultValue = "${env:KITEI_DECISION_LOG_MAX_BYTES:-1073741824}",
            description = "size at which the decision log rotates (default ${DEFAULT-VALUE}; env KITEI_DECISION_LOG_MAX_BYTES)")
    long decisionLogMaxBytes;

    @Option(names = "--decision-log-files", defaultValue = "${env:KITEI_DECISION_LOG_FILES:-64}",
            description = "rotated decision log files kept (default ${DEFAULT-VALUE}; env KITEI_DECISION_LOG_FILES)")
    int decisionLogFiles;

    @Option(names = "--decision-log-queue", defaultValue = "${env:KITEI_DECISION_LOG_QUEUE:-10000}",
            description = "decisions that may wait to be logged before new ones get 503 (default ${DEFAULT-VALUE}; env KITEI_DECISION_LOG_QUEUE)")
    int decisionLogQueue;

    @Option(names = "--users", defaultValue = "${env:KITEI_USERS}",
            description = "the workbench's users file (name:role:bcrypt-hash lines; kitei user add writes them); "
                    + "without it the workbench at / serves viewers only (env KITEI_USERS)")
    Path usersFile;

    @Option(names = "--event-loops", defaultValue = "${env:KITEI_EVENT_LOOPS:-0}",
            description = "event-loop threads; 0 means one per core (env KITEI_EVENT_LOOPS)")
    int eventLoops;

    /** For mvn package: start, answer one decision, exit, so that the JVM can archive the classes it loaded (CDS). */
    @Option(names = "--training-run", hidden = true)
    boolean trainingRun;

    @Override
    public Integer call() throws Exception {
        HttpConfig http = httpConfig(System.getenv());
        Optional<SharedRepository> shared = sharedRepository(System.getenv());
        System.setProperty("kitei.data", data.toString());
        RuleSources sources = RuleSources.forWorkingDirectory(Path.of("").toAbsolutePath());
        DecisionLogMode mode;
        try {
            mode = DecisionLogMode.of(decisionLogMode);
        } catch (IllegalArgumentException e) {
            System.err.println("kitei: " + e.getMessage() + " (--decision-log-mode, env KITEI_DECISION_LOG_MODE)");
            return 2;
        }
        DecisionLogConfig log = "off".equals(decisionLog) ? DecisionLogConfig.off()
                : new DecisionLogConfig(Path.of(decisionLog), decisionLogMaxBytes, decisionLogFiles, decisionLogQueue, mode,
                Duration.ofSeconds(decisionLogCloseSeconds), decisionLogGzip);
        Users users;
        try {
            users = usersFile == null ? Users.none() : Users.fromFile(usersFile);
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            System.err.println("kitei: " + e.getMessage() + " (--users, env KITEI_USERS)");
            return 2;
        }
        Service service;
        try {
            service = Service.start(http, log, sources, ReleaseStore.open(data, sharedRepository.branch), shared, users, Clock.systemUTC())
                    .toCompletionStage().toCompletableFuture().join();
        } catch (DecisionLog.CannotOpen e) {
            // A configuration error: one line that says what to fix, not a stack trace; starting not-ready would hide it.
            System.err.println("kitei: " + e.getMessage() + " (give a writable file with --decision-log, or --decision-log off)");
            return 1;
        }
        if (trainingRun) {
            return TrainingRun.run(service);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.stop().toCompletionStage().toCompletableFuture().join();
            stopped.countDown();
        }, "kitei-shutdown"));
        stopped.await();
        return 0;
    }

    /** The shared repository this instance follows, if {@code --rules-repo} names one. */
    Optional<SharedRepository> sharedRepository(Map<String, String> environment) {
        return sharedRepository.read(spec.commandLine(), environment);
    }

    HttpConfig httpConfig(Map<String, String> environment) {
        if (tokenOnCommandLine != null) {
            throw new ParameterException(spec.commandLine(), "a token on the command line is visible to every user "
                    + "of the machine (ps); use --admin-token-file FILE or the environment variable KITEI_ADMIN_TOKEN "
                    + "(--decision-token-file, KITEI_DECISION_TOKEN for the decision token)");
        }
        if (idleTimeoutSeconds < 1) {
            throw new ParameterException(spec.commandLine(), "--idle-timeout-s must be at least 1, not " + idleTimeoutSeconds);
        }
        int loops = eventLoops > 0 ? eventLoops : Runtime.getRuntime().availableProcessors();
        return new HttpConfig(host, port, maxBodyBytes,
                Tokens.read(spec.commandLine(), "--admin-token-file", adminTokenFile, environment.get("KITEI_ADMIN_TOKEN")),
                Tokens.read(spec.commandLine(), "--decision-token-file", decisionTokenFile, environment.get("KITEI_DECISION_TOKEN")),
                maxBatchItems, maxNestingDepth, requestTimeoutMillis, loops, idleTimeoutSeconds);
    }
}
