package kitei.input;

/** How a problem names a kind of value: {@code ContractType} is "contract type". */
final class Names {

    private Names() {
    }

    static String of(Class<?> type) {
        Described described = type.getAnnotation(Described.class);
        if (described != null) {
            return described.value();
        }
        return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    }
}
