package kitei.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import kitei.engine.RuleSources;
import kitei.http.HttpConfig;
import kitei.http.Service;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve decisions over HTTP on the rules and tables of the working directory (else those in the jar).")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "${env:KITEI_PORT:-8080}", description = "port to listen on (default ${DEFAULT-VALUE}; env KITEI_PORT)")
    int port;

    @Option(names = "--host", defaultValue = "${env:KITEI_HOST:-127.0.0.1}", description = "address to listen on (default ${DEFAULT-VALUE}; env KITEI_HOST)")
    String host;

    @Option(names = "--max-body-bytes", defaultValue = "${env:KITEI_MAX_BODY_BYTES:-262144}", description = "largest request body accepted, else 413 (default ${DEFAULT-VALUE}; env KITEI_MAX_BODY_BYTES)")
    int maxBodyBytes;

    @Option(names = "--admin-token", defaultValue = "${env:KITEI_ADMIN_TOKEN}", description = "bearer token for /admin/…; none turns admin off (env KITEI_ADMIN_TOKEN)")
    String adminToken;

    @Override
    public Integer call() throws InterruptedException {
        RuleSources sources = RuleSources.forWorkingDirectory(Path.of("").toAbsolutePath());
        Service service = Service.start(new HttpConfig(host, port, maxBodyBytes, adminToken), sources, Clock.systemUTC())
                .toCompletionStage().toCompletableFuture().join();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.stop().toCompletionStage().toCompletableFuture().join();
            stopped.countDown();
        }, "kitei-shutdown"));
        stopped.await();
        return 0;
    }
}
