package kitei.engine;

/** A conclusion together with the rule that drew it, so that answers can cite that rule's clause. */
public record Concluded<T>(T fact, RuleInfo rule) {

    public String clause() {
        return rule.clause();
    }
}
