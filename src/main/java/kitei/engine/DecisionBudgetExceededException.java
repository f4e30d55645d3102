package kitei.engine;

/**
 * A decision ran past its {@link DecisionBudget}: a rule that loops. It answers a problem document
 * for that request alone, naming the rule that was firing when it was stopped.
 */
public final class DecisionBudgetExceededException extends RuntimeException {

    public DecisionBudgetExceededException(String message) {
        super(message, null, false, false);
    }
}
