package kitei.outage;

import java.time.LocalDate;

import kitei.engine.Conclusion;

/** Whether the customer's claim was made by the deadline (A12); a late claim has lost the right. */
public record ClaimTimeliness(boolean inTime, LocalDate claimDate, LocalDate deadline) implements Conclusion {

    @Override
    public String effect() {
        return inTime ? "claim of " + claimDate + " is in time (deadline " + deadline + ")"
                : "claim of " + claimDate + " is after the deadline " + deadline + ": the right to the reduction is lost";
    }
}
