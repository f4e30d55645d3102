package kitei.decision;

/** What a decision endpoint answers: a status and a body, an answer or a problem document. */
public record Reply(int status, Object body) {

    public boolean isProblem() {
        return status != 200;
    }
}
