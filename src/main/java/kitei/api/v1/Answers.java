package kitei.api.v1;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import kitei.cancellation.Cancellation;
import kitei.cancellation.CancellationRequest;
import kitei.cancellation.EarlyTermination;
import kitei.cancellation.EarlyTerminationCharge;
import kitei.cancellation.EffectiveDate;
import kitei.cancellation.MinimumPeriod;
import kitei.changes.ChangeVerdict;
import kitei.changes.ChangeViolation;
import kitei.changes.ChangesRequest;
import kitei.charges.ChargesRequest;
import kitei.decision.Decided;
import kitei.eligibility.EligibilityRequest;
import kitei.eligibility.Finding;
import kitei.eligibility.FindingKind;
import kitei.eligibility.Pointers;
import kitei.eligibility.PortfolioContract;
import kitei.eligibility.Verdict;
import kitei.engine.Concluded;
import kitei.engine.Outcome;
import kitei.outage.ClaimTimeliness;
import kitei.outage.Credit;
import kitei.outage.NoReduction;
import kitei.outage.OutageRequest;
import kitei.outage.Reduction;
import kitei.outage.ReductionDue;
import kitei.outage.UnavailableTime;
import kitei.prices.Priced;

/**
 * The one place where what the rules concluded becomes a v1 answer: one method per decision kind,
 * each given the request as read and the decision the rules made. It copies values into the answer
 * types; it decides nothing (what it cannot find, a rule base lost: {@link Outcome#required}).
 */
public final class Answers {

    private Answers() {
    }

    /** {@code POST /v1/eligibility}: may this customer have this order? (A1–A8, A14) */
    public static EligibilityAnswer eligibility(EligibilityRequest request, Decided decided) {
        Outcome outcome = decided.outcome();
        return new EligibilityAnswer(decided.decisionId(), outcome.required(Verdict.class).fact().value(),
                entries(outcome, FindingKind.VIOLATION), entries(outcome, FindingKind.CONFLICT),
                entries(outcome, FindingKind.PENDING_ACTION), entries(outcome, FindingKind.WARNING),
                contracts(outcome), decided.tariff(), trace(outcome));
    }

    /** {@code POST /v1/cancellation}: when does it end, and what is owed? (A3, A8.3, A8.4, A9, A11, App2) */
    public static CancellationAnswer cancellation(CancellationRequest request, Decided decided) {
        Outcome outcome = decided.outcome();
        Cancellation cancellation = request.cancellation();
        return new CancellationAnswer(decided.decisionId(), cancellation.subject(), cancellation.what().key(),
                outcome.required(EffectiveDate.class).fact().date(), outcome.required(MinimumPeriod.class).fact().end(),
                earlyTermination(outcome), missingPrices(outcome), decided.tariff(), trace(outcome));
    }

    /** {@code POST /v1/outage-credit}: what reduction is due? (A12, App3) */
    public static OutageCreditAnswer outageCredit(OutageRequest request, Decided decided) {
        Outcome outcome = decided.outcome();
        Number hours = outcome.required(UnavailableTime.class).fact().shownHours();
        Optional<Concluded<ReductionDue>> due = outcome.first(ReductionDue.class);
        if (due.isEmpty()) {
            Concluded<NoReduction> none = outcome.required(NoReduction.class);
            return new OutageCreditAnswer(decided.decisionId(), false, hours, 0, 0, null, null, null, none.clause(),
                    none.fact().because(), decided.tariff(), trace(outcome));
        }
        Credit credit = outcome.required(Credit.class).fact();
        return new OutageCreditAnswer(decided.decisionId(), true, hours, outcome.required(Reduction.class).fact().creditedDays(),
                credit.amount(), due.get().fact().claimableFrom(), due.get().fact().claimDeadline(),
                outcome.first(ClaimTimeliness.class).map(claim -> claim.fact().inTime()).orElse(null), due.get().clause(),
                credit.because(), decided.tariff(), trace(outcome));
    }

    /** {@code POST /v1/changes}: may this contract be changed, and for what fee? (A7, App1.3, A10) */
    public static ChangeAnswer change(ChangesRequest request, Decided decided) {
        Outcome outcome = decided.outcome();
        List<ChangeAnswer.Violation> violations = outcome.all(ChangeViolation.class).stream()
                .map(v -> new ChangeAnswer.Violation(v.fact().code(), v.clause(), v.fact().subject(), v.fact().message(),
                        List.of(v.fact().remedy())))
                .toList();
        return new ChangeAnswer(decided.decisionId(), outcome.required(ChangeVerdict.class).fact().value(), violations,
                chargeLines(outcome), missingPrices(outcome), decided.tariff(), trace(outcome));
    }

    /** {@code POST /v1/charges}: what is charged, and from when? (A10, App1) */
    public static ChargesAnswer charges(ChargesRequest request, Decided decided) {
        Outcome outcome = decided.outcome();
        return new ChargesAnswer(decided.decisionId(), chargeLines(outcome), missingPrices(outcome), decided.tariff(),
                trace(outcome));
    }

    private static List<TraceEntry> trace(Outcome outcome) {
        List<TraceEntry> trace = new ArrayList<>(outcome.trace().size());
        for (kitei.engine.TraceEntry fired : outcome.trace()) {
            trace.add(new TraceEntry(fired.rule(), fired.clause(), fired.source(), fired.effect()));
        }
        return trace;
    }

    /** The prices no quote and no price-list row gave, in request order. */
    private static List<MissingPrice> missingPrices(Outcome outcome) {
        return outcome.facts(kitei.prices.MissingPrice.class).stream()
                .sorted(Comparator.comparingInt(missing -> missing.need().position()))
                .map(missing -> {
                    Priced what = missing.what();
                    return new MissingPrice(missing.kind(), what.contractType(), what.item(), what.option(),
                            what.changeItem(), missing.pointer(), missing.message());
                })
                .toList();
    }

    /** The charge lines the rules drew, in request order. */
    private static List<ChargeLine> chargeLines(Outcome outcome) {
        return outcome.all(kitei.charges.ChargeLine.class).stream()
                .sorted(Comparator.comparingInt(line -> line.fact().position()))
                .map(line -> {
                    kitei.charges.ChargeLine fact = line.fact();
                    Priced what = fact.what();
                    return new ChargeLine(fact.kind(), what.contractType(), what.item(), what.option(), what.changeItem(),
                            fact.amount(), fact.dueFrom(), line.clause(), fact.priceSource());
                })
                .toList();
    }

    private static CancellationAnswer.Charge earlyTermination(Outcome outcome) {
        Concluded<EarlyTermination> concluded = outcome.required(EarlyTermination.class);
        EarlyTermination termination = concluded.fact();
        if (!termination.applies()) {
            return new CancellationAnswer.Charge(false, 0, termination.period().days(), 0L, concluded.clause(),
                    termination.because(), null, null, null);
        }
        Optional<EarlyTerminationCharge> charge = outcome.first(EarlyTerminationCharge.class).map(Concluded::fact);
        return new CancellationAnswer.Charge(true, termination.remainderDays(), termination.period().days(),
                charge.map(EarlyTerminationCharge::amount).orElse(null), concluded.clause(), termination.because(),
                charge.map(c -> c.monthlyFee().amount()).orElse(null), charge.map(c -> c.monthlyFee().source()).orElse(null),
                charge.map(c -> c.method().name()).orElse(null));
    }

    /**
     * The findings of a kind, in document order of their subjects: each as the rules concluded it.
     * A rule that finds the same code for the same subject twice shows here twice (see
     * {@code OneFindingPerCodeAndSubjectTest}); nothing is dropped.
     */
    private static List<EligibilityAnswer.Entry> entries(Outcome outcome, FindingKind kind) {
        List<EligibilityAnswer.Entry> entries = new ArrayList<>();
        for (Concluded<Finding> concluded : outcome.all(Finding.class)) {
            if (concluded.fact().kind() == kind) {
                entries.add(entry(concluded.fact(), concluded.clause()));
            }
        }
        entries.sort(ENTRY_ORDER);
        return entries;
    }

    private static final Comparator<EligibilityAnswer.Entry> ENTRY_ORDER = Comparator
            .comparing((EligibilityAnswer.Entry e) -> firstSubject(e), Pointers.DOCUMENT_ORDER)
            .thenComparing(EligibilityAnswer.Entry::clause, Pointers.DOCUMENT_ORDER)
            .thenComparing(EligibilityAnswer.Entry::code);

    private static String firstSubject(EligibilityAnswer.Entry entry) {
        if (entry.subject() != null) {
            return entry.subject();
        }
        return entry.subjects() == null || entry.subjects().isEmpty() ? "" : entry.subjects().get(0);
    }

    private static EligibilityAnswer.Entry entry(Finding finding, String clause) {
        return switch (finding.kind()) {
            case CONFLICT -> new EligibilityAnswer.Entry(finding.code(), clause, null, finding.subjects(),
                    finding.message(), finding.remedies());
            case PENDING_ACTION -> new EligibilityAnswer.Entry(finding.code(), clause,
                    finding.subjects().isEmpty() ? null : finding.subjects().get(0), null, finding.message(), null);
            default -> new EligibilityAnswer.Entry(finding.code(), clause, finding.subjects().get(0), null,
                    finding.message(), finding.remedies());
        };
    }

    private static List<EligibilityAnswer.ContractLine> contracts(Outcome outcome) {
        return outcome.facts(PortfolioContract.class).stream()
                .sorted(Comparator.comparingInt(PortfolioContract::position))
                .map(c -> new EligibilityAnswer.ContractLine(c.type(), c.applications(), c.items(), c.options()))
                .toList();
    }
}
