package dev.studybot.store;

/** A value stored as a short lowercase code, the way the schema's CHECK constraints spell it. */
interface Coded {
    String code();

    static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String code) {
        for (E value : type.getEnumConstants()) {
            if (value.code().equals(code)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown " + type.getSimpleName() + " code: " + code);
    }
}
