package kitei.check.confined;

import java.io.FilePermission;
import java.nio.file.Path;
import java.security.Permission;
import java.util.ArrayList;
import java.util.List;

import kitei.check.Issue;
import kitei.check.Where;
import kitei.engine.RuleBase;
import kitei.engine.RuleInfo;

/**
 * The security manager of the gate's own process: everything is allowed but what a candidate's rules
 * must never do while the gate runs them: end the process, start one, write or delete a file outside
 * the gate's workspace, open a network connection, or replace this manager. Each refusal is also kept, with
 * the rule that was firing, so that a rule which catches the exception is refused all the same.
 * Writes are allowed under the workspace that holds the jobs (and the process's temporary files).
 */
@SuppressWarnings("removal") // Java 17 still runs security managers when started with -Djava.security.manager=allow.
final class Sandbox extends SecurityManager {

    private static final String WHY = "rule code may not end the process, start programs, write files or use the network";

    private final String workspace;
    private final Thread main;
    private final List<Issue> refusals = new ArrayList<>();
    private volatile boolean finished;

    Sandbox(Path workspace, Thread main) {
        this.workspace = workspace.toAbsolutePath().normalize() + java.io.File.separator;
        this.main = main;
    }

    /** The gate is done and its result written: the process may now end (from its main thread only). */
    void finish() {
        finished = true;
    }

    /** A new job: the refusals of the last one are forgotten. */
    synchronized void startJob() {
        refusals.clear();
    }

    synchronized List<Issue> refusals() {
        return List.copyOf(refusals);
    }

    @Override
    public void checkPermission(Permission permission) {
        if (permission instanceof RuntimePermission && permission.getName().equals("setSecurityManager")) {
            refuse("replace the gate's security manager");
        }
        if (permission instanceof RuntimePermission && permission.getName().equals("writeFileDescriptor")) {
            refuse("write to the gate's own output");
        }
        if (permission instanceof FilePermission file && (file.getActions().contains("write") || file.getActions().contains("delete"))
                && !inJob(file.getName())) {
            refuse((file.getActions().contains("delete") ? "delete " : "write ") + file.getName());
        }
        if (permission instanceof java.net.SocketPermission socket) {
            refuse("open the network (" + socket.getName() + ")");
        }
    }

    @Override
    public void checkPermission(Permission permission, Object context) {
        checkPermission(permission);
    }

    @Override
    public void checkExit(int status) {
        if (finished && Thread.currentThread() == main) {
            return;
        }
        refuse("end the process (System.exit(" + status + "))");
    }

    @Override
    public void checkExec(String command) {
        refuse("start the program " + command);
    }

    private boolean inJob(String file) {
        return Path.of(file).toAbsolutePath().normalize().toString().startsWith(workspace)
                || Path.of(file).toAbsolutePath().normalize().toString().equals(workspace.substring(0, workspace.length() - 1));
    }

    private void refuse(String what) {
        RuleInfo rule = RuleBase.firingOnThisThread().orElse(null);
        String message = (rule == null ? "the candidate" : "rule \"" + rule.name() + "\"") + " tried to " + what + " while the gate ran it; "
                + WHY + " (refused, nothing was done)";
        Issue refusal = Issue.error(rule == null ? Where.file("(rule base)") : where(rule), message);
        synchronized (this) {
            if (!refusals.contains(refusal)) {
                refusals.add(refusal);
            }
        }
        throw new SecurityException(message);
    }

    private static Where where(RuleInfo rule) {
        return rule.source().isTableRow()
                ? Where.cell(rule.source().file(), rule.source().sheet(), "row " + rule.source().line())
                : Where.line(rule.source().file(), rule.source().line());
    }
}
