package kitei.engine;

/** One reason a candidate rule base was refused, located in the file the analyst edits. */
public record BuildProblem(String file, String location, String message) {

    @Override
    public String toString() {
        return (location == null || location.isEmpty() ? file : file + ":" + location) + ": " + message;
    }
}
