package kitei.workbench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;

import kitei.decision.DecisionService;
import kitei.engine.ServingRuleBase;
import kitei.release.Releases;
import kitei.reload.Reloader;
import kitei.workbench.users.Users;

/**
 * What the workbench works on: the users, the decisions (tried, never logged), the releases and the
 * reloader that publishes them, and the decision log (to open a decision and replay it on a draft).
 */
public record Backend(Users users, DecisionService decisions, ServingRuleBase serving, Reloader reloader, Optional<Path> decisionLog,
                      ObjectMapper json, Clock clock) {

    public Releases releases() {
        return reloader.releases();
    }
}
