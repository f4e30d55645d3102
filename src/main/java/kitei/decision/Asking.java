package kitei.decision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import kitei.engine.Outcome;
import kitei.engine.RuleBase;
import kitei.engine.RuleSources;
import kitei.engine.TableVersions;
import kitei.tariff.DecisionKind;
import kitei.tariff.JapanTime;
import kitei.tariff.NotInForce;
import kitei.tariff.NotInForceException;
import kitei.tariff.Question;
import kitei.tariff.Revision;
import kitei.tariff.TariffRef;
import kitei.tariff.TariffText;
import kitei.tariff.TariffVersion;

/** Puts a question to the rules: the facts plus the question itself, refused when no loaded text is in force (SP). */
public final class Asking {

    /** A day after every text: the base version asked as of it declares the day its own text is in force from. */
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    private final Clock clock;

    public Asking(Clock clock) {
        this.clock = clock;
    }

    public static Asking systemClock() {
        return new Asking(Clock.systemUTC());
    }

    /** The day a decision is asked as of when the request names none: today in Japan. */
    public LocalDate today() {
        return JapanTime.today(clock);
    }

    /** The text a rule base encodes today, found by asking it an empty question: a load-time smoke test too. */
    public TariffRef describe(RuleBase ruleBase) {
        return ask(ruleBase, DecisionKind.ELIGIBILITY, today(), List.of()).tariff();
    }

    /** Asks the version of the tables in force on the day (asOf, else today in Japan), picked before its session opens. */
    public Decided ask(RuleBase ruleBase, DecisionKind kind, LocalDate asOf, List<?> facts) {
        LocalDate day = asOf == null ? today() : asOf;
        RuleBase version = ruleBase.inForceOn(day);
        List<Object> all = new ArrayList<>(facts.size() + 2);
        all.add(new Question(kind, day));
        version.revisionDay().ifPresent(from -> all.add(new Revision(from)));
        all.addAll(facts);
        Outcome outcome = version.decide(all);
        List<TariffText> texts = outcome.facts(TariffText.class);
        outcome.first(NotInForce.class).ifPresent(refused -> {
            throw new NotInForceException(refused.fact().asOf(), loaded(texts, ruleBase));
        });
        TariffText text = texts.stream().filter(declared -> !declared.inForceFrom().isAfter(day))
                .max(Comparator.comparing(TariffText::inForceFrom))
                .orElseThrow(() -> new IllegalStateException("the rule base declares no tariff text (SP)"));
        return new Decided(UUID.randomUUID().toString(), new TariffRef(text.id(), text.version(), ruleBase.id(), ruleBase.release()), outcome);
    }

    /** Every loaded version: the texts the rules declare, and the revisions the tables stage. */
    private static List<String> loaded(List<TariffText> texts, RuleBase ruleBase) {
        Set<String> versions = new TreeSet<>();
        texts.forEach(text -> versions.add(text.version()));
        ruleBase.revisions().keySet().forEach(day -> versions.add(day.toString()));
        return List.copyOf(versions);
    }

    /**
     * The versions a rule base holds, each with the days it is in force: the base from the day its text
     * names (SP) until the day before the first revision, each revision from its day until the next.
     */
    public List<TariffVersion> versions(RuleBase ruleBase) {
        TariffText base = ruleBase.inForceOn(LocalDate.MIN).decide(List.of(new Question(DecisionKind.ELIGIBILITY, LAST_DAY)))
                .facts(TariffText.class).stream().min(Comparator.comparing(TariffText::inForceFrom))
                .orElseThrow(() -> new IllegalStateException("the rule base declares no tariff text (SP)"));
        List<LocalDate> days = new ArrayList<>();
        days.add(base.inForceFrom());
        days.addAll(ruleBase.revisions().keySet());
        List<TariffVersion> versions = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            LocalDate until = i + 1 < days.size() ? days.get(i + 1).minusDays(1) : null;
            versions.add(new TariffVersion(days.get(i).toString(), days.get(i), until,
                    i == 0 ? RuleSources.TABLES_DIR + "/" : TableVersions.folderOf(days.get(i)) + "/"));
        }
        return versions;
    }
}
