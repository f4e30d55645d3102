package kitei.engine;

/** A rule of the loaded rule base as answers name it: its name, the clause it encodes, where it is written. */
public record RuleInfo(String packageName, String name, String clause, RuleSource source) {

    public String qualifiedName() {
        return packageName + "." + name;
    }
}
