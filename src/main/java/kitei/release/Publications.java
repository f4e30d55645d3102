package kitei.release;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import kitei.check.Issue;
import kitei.check.Where;
import kitei.reload.ReloadEvent;

/**
 * The publications asked for through the admin API, by id, in the order asked. They run one at a
 * time on the reloader's single thread (behind any save the watcher noticed first), so two never
 * interleave; each ends {@code ACTIVE} or {@code REFUSED} whatever the gate takes, and a client polls
 * for that instead of waiting on a request that may time out. The last {@value #KEPT} are kept.
 */
public final class Publications {

    static final int KEPT = 1000;

    private final Clock clock;
    private final Map<String, Publication> byId = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Publication> eldest) {
            return size() > KEPT;
        }
    };

    public Publications(Clock clock) {
        this.clock = clock;
    }

    /**
     * Queues one publication: {@code start} is handed the callback to run when its turn comes and
     * returns the attempt's outcome.
     */
    public Publication submit(String trigger, Function<Runnable, CompletableFuture<ReloadEvent>> start) {
        String id = UUID.randomUUID().toString();
        Publication queued = Publication.queued(id, trigger, clock.instant());
        put(queued);
        start.apply(() -> update(id, Publication::running)).whenComplete((event, failure) -> {
            if (failure != null) {
                update(id, running -> running.refused(clock.instant(),
                        List.of(Issue.error(Where.file("(publication)"), String.valueOf(failure.getMessage()))), "could not be attempted"));
            } else if (event.outcome() == ReloadEvent.Outcome.REFUSED) {
                update(id, running -> running.refused(event.at(), event.problems(), event.problems().size()
                        + " problem(s) refused it; release " + event.release() + " keeps serving"));
            } else {
                update(id, running -> running.active(event.at(), event.release(), event.problems(),
                        event.outcome() == ReloadEvent.Outcome.UNCHANGED ? "the content already serves" : "released and serving"));
            }
        });
        return get(id).orElse(queued);
    }

    public synchronized Optional<Publication> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    private synchronized void put(Publication publication) {
        byId.put(publication.id(), publication);
    }

    private synchronized void update(String id, UnaryOperator<Publication> change) {
        Publication now = byId.get(id);
        if (now != null && !now.done()) {
            byId.put(id, change.apply(now));
        }
    }
}
