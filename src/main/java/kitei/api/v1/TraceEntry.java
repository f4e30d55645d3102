package kitei.api.v1;

/** One rule that fired: its name, the clause it encodes, where it is written, and what it concluded. */
public record TraceEntry(String rule, String clause, String source, String effect) {
}
