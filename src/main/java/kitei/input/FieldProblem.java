package kitei.input;

/** One problem with a request, named by a JSON pointer into it and what was expected there. */
public record FieldProblem(String pointer, String detail) {
}
