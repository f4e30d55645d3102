package kitei.workbench.change;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** The drafts open on this instance, in memory (a restart forgets them; releases are kept in git), the last {@value #KEPT}. */
final class Drafts {

    static final int KEPT = 20;

    private final Map<String, Draft> byId = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Draft> eldest) {
            return size() > KEPT;
        }
    };

    static String newId() {
        return UUID.randomUUID().toString();
    }

    synchronized void put(Draft draft) {
        byId.put(draft.id(), draft);
    }

    synchronized Optional<Draft> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    synchronized void update(String id, UnaryOperator<Draft> change) {
        Draft now = byId.get(id);
        if (now != null) {
            byId.put(id, change.apply(now));
        }
    }

    synchronized void remove(String id) {
        byId.remove(id);
    }

    synchronized List<Draft> all() {
        List<Draft> drafts = new ArrayList<>(byId.values());
        java.util.Collections.reverse(drafts);
        return drafts;
    }
}
