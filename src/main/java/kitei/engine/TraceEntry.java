package kitei.engine;

/** One fired rule: which, the clause it encodes, where it is written, and what it concluded. */
public record TraceEntry(String rule, String clause, String source, String effect) {
}
