package kitei.workbench;

import java.util.Optional;

import io.vertx.ext.web.RoutingContext;
import kitei.workbench.users.Role;

/**
 * Who is asking: a person signed in with their role, or (with no users file) an unnamed viewer, or
 * (with a users file) someone not signed in, who may do nothing but sign in.
 */
public record Visitor(String name, Role role, boolean signedIn) {

    static final String KEY = "kitei.workbench.visitor";
    static final Visitor SIGNED_OUT = new Visitor(null, null, false);

    static Visitor anonymousViewer() {
        return new Visitor(null, Role.VIEWER, false);
    }

    public boolean may(Role needed) {
        return role != null && role.allows(needed);
    }

    /** The name a release records as its author. */
    public String author() {
        return name == null ? "workbench" : name;
    }

    public static Visitor of(RoutingContext context) {
        return Optional.<Visitor>ofNullable(context.get(KEY)).orElse(SIGNED_OUT);
    }
}
