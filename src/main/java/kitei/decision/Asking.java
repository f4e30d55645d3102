package kitei.decision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import kitei.engine.Outcome;
import kitei.engine.RuleBase;
import kitei.tariff.DecisionKind;
import kitei.tariff.JapanTime;
import kitei.tariff.NotInForce;
import kitei.tariff.NotInForceException;
import kitei.tariff.Question;
import kitei.tariff.TariffRef;
import kitei.tariff.TariffText;

/** Puts a question to the rules: the facts plus the question itself, refused when no loaded text is in force (SP). */
public final class Asking {

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

    public Decided ask(RuleBase ruleBase, DecisionKind kind, LocalDate asOf, List<?> facts) {
        List<Object> all = new ArrayList<>(facts.size() + 1);
        all.add(new Question(kind, asOf == null ? today() : asOf));
        all.addAll(facts);
        Outcome outcome = ruleBase.decide(all);
        List<TariffText> texts = outcome.facts(TariffText.class);
        outcome.first(NotInForce.class).ifPresent(refused -> {
            throw new NotInForceException(refused.fact().asOf(), texts.stream().map(TariffText::version).toList());
        });
        TariffText text = texts.stream().max(Comparator.comparing(TariffText::inForceFrom))
                .orElseThrow(() -> new IllegalStateException("the rule base declares no tariff text (SP)"));
        return new Decided(UUID.randomUUID().toString(), new TariffRef(text.id(), text.version(), ruleBase.id(), ruleBase.release()), outcome);
    }
}
