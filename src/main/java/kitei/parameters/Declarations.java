package kitei.parameters;

import static kitei.parameters.Declaration.choice;
import static kitei.parameters.Declaration.count;

import java.util.List;
import java.util.Optional;

import kitei.money.Proration;
import kitei.money.Rounding;
import kitei.tariff.DecisionKind;

/**
 * Every parameter the rules read, declared once. The values themselves are the analysts' (the
 * workbook); what a value may be is the code's, because the rules compute with it: a notice of 0
 * days has no last day to count to, a day of 0 hours divides by zero.
 */
public final class Declarations {

    private static final DecisionKind CANCELLATION = DecisionKind.CANCELLATION;
    private static final DecisionKind OUTAGE = DecisionKind.OUTAGE_CREDIT;

    public static final List<Declaration> ALL = List.of(
            count("MINIMUM_PERIOD_MONTHS", "months", "A3", CANCELLATION, "CONTRACT", 1, 120,
                    "; a period needs at least one month, and ten years is past any minimum period"),
            count("OPTION_MINIMUM_PERIOD_MONTHS", "months", "A8.3", CANCELLATION, "OPTION", 1, 120,
                    "; a period needs at least one month, and ten years is past any minimum period"),
            count("NOTICE_DAYS", "days", "A9", CANCELLATION, "CONTRACT", 1, 365,
                    "; the notice counts days elapsed after the day it arrives (A9), so it needs one or more"),
            count("OPTION_NOTICE_DAYS", "days", "A8.4", CANCELLATION, "OPTION", 1, 365,
                    "; the notice counts days elapsed after the day it arrives (A8.4), so it needs one or more"),
            choice("PRORATION_METHOD", "method", "App2.1", CANCELLATION, Proration.class),
            count("PRORATION_DAYS_PER_MONTH", "days", "App2.1", CANCELLATION, "", 28, 31,
                    "; it is the days of a month"),
            choice("EARLY_TERMINATION_ROUNDING", "rounding", "App2.1", CANCELLATION, Rounding.class),
            count("OUTAGE_THRESHOLD_HOURS", "hours", "A12", OUTAGE, "", 1, 744,
                    "; at least one hour, and a month has at most 744"),
            count("CLAIM_WINDOW_MONTHS", "months", "A12", OUTAGE, "", 1, 120,
                    "; a claim window needs at least one month"),
            count("CREDIT_DAY_HOURS", "hours", "App3", OUTAGE, "", 1, 24,
                    "; unavailable hours are divided by it, and a day has 24"),
            count("CREDIT_DIVISOR_DAYS", "days", "App3", OUTAGE, "", 28, 31,
                    "; the monthly fee is divided by it, the days of a month"),
            choice("CREDIT_ROUNDING", "rounding", "App3", OUTAGE, Rounding.class));

    private Declarations() {
    }

    public static Optional<Declaration> find(String name) {
        return ALL.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    public static List<String> names() {
        return ALL.stream().map(Declaration::name).toList();
    }
}
