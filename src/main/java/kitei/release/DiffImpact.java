package kitei.release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonInclude;

import kitei.check.Gate;
import kitei.decision.Json;
import kitei.decisionlog.LoggedDecisions;
import kitei.decisionlog.RevisionImpact;
import kitei.engine.TableVersions;
import kitei.tariff.JapanTime;

/**
 * Impact across the day, for the admin diff: each revision the later release stages (its dated folder
 * new or changed since the earlier release, and its day still to come), with the logged decisions it
 * would change once it is in force and those it would not — as {@code kitei check --replay} says them
 * ({@link RevisionImpact}), over the last {@link #REPLAYED} lines of the service's current decision log.
 */
final class DiffImpact {

    /** Lines of the current decision log replayed, at most: each is asked twice per revision, on a request. */
    static final int REPLAYED = 1000;

    /** What the diff's {@code impact} says: the revisions replayed, or why none was. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Impact(String decisionLog, int lastLines, List<Revision> revisions, String notReplayed) {
    }

    record Revision(LocalDate inForceFrom, String tables, int asked, List<RevisionImpact.Decision> changed, List<String> unchanged,
                    List<String> unreadable) {

        static Revision of(RevisionImpact.Report report) {
            return new Revision(report.day(), TableVersions.folderOf(report.day()) + "/", report.decisions().size(), report.changed(),
                    report.unchanged().stream().map(RevisionImpact.Decision::decisionId).toList(), report.unreadable());
        }
    }

    private final Releases releases;
    private final Optional<Path> decisionLog;
    private final Clock clock;

    DiffImpact(Releases releases, Optional<Path> decisionLog, Clock clock) {
        this.releases = releases;
        this.decisionLog = decisionLog;
        this.clock = clock;
    }

    /** Blocks: gates the later release (once per content) and replays; call it off the event loop. */
    Impact between(ReleaseTree before, Release later, ReleaseTree after) throws IOException {
        String log = decisionLog.map(path -> path.getFileName().toString()).orElse(null);
        List<LocalDate> staged = staged(before.files(), after.files(), JapanTime.today(clock));
        if (staged.isEmpty()) {
            return new Impact(log, REPLAYED, List.of(), "release " + later.id() + " stages no revision still to come that "
                    + "the earlier release does not hold as it is");
        }
        if (decisionLog.isEmpty() || !Files.exists(decisionLog.get())) {
            return new Impact(log, REPLAYED, List.of(), "no decision log is kept here, so there are no logged decisions to replay");
        }
        Gate.Result gated = releases.gate(after);
        if (!gated.accepted()) {
            return new Impact(log, REPLAYED, List.of(), "the gate refuses release " + later.id() + " here, so its rules were not run");
        }
        RevisionImpact impact = new RevisionImpact(gated.candidate(), Json.MAPPER);
        List<Revision> revisions = new ArrayList<>();
        for (LocalDate day : staged) {
            revisions.add(Revision.of(impact.across(LoggedDecisions.last(decisionLog.get(), REPLAYED), day)));
        }
        return new Impact(log, REPLAYED, revisions, null);
    }

    /** The days after {@code today} whose dated folder differs between the two trees and is in the later one. */
    static List<LocalDate> staged(Map<String, byte[]> before, Map<String, byte[]> after, LocalDate today) {
        TreeSet<LocalDate> days = new TreeSet<>();
        TreeSet<String> paths = new TreeSet<>(before.keySet());
        paths.addAll(after.keySet());
        for (String path : paths) {
            String base = TableVersions.basePath(path);
            if (base.equals(path) || Arrays.equals(before.get(path), after.get(path))) {
                continue;
            }
            String folder = path.substring(0, path.lastIndexOf('/'));
            LocalDate day;
            try {
                day = TableVersions.dayOf(folder.substring(folder.lastIndexOf('/') + 1));
            } catch (IllegalArgumentException noDay) {
                continue; // from-2027-02-30: the gate refuses it, so no release serving it is replayed
            }
            if (day.isAfter(today) && after.keySet().stream().anyMatch(file -> file.startsWith(folder + "/"))) {
                days.add(day);
            }
        }
        return List.copyOf(days);
    }
}
