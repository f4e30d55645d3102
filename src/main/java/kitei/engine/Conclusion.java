package kitei.engine;

/** A fact a rule inserts. Its {@link #effect()} is what the trace says the rule concluded. */
public interface Conclusion {

    String effect();
}
