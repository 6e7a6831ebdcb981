package sn.pmas.web.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Checks a JSON body against the Java type it will be bound to, before binding: an object where a
 * record is expected, an array where a list is, a string where text or a date is, a number of
 * sane size where a number is, no null inside a list. The first mismatch names its field as the
 * ledger names fields ({@code lines[2].debit}); an explicit null field is an absent one, which
 * the business rules then report as required.
 */
final class JsonShape {

    /** Digits on either side of the decimal point: far beyond any amount, short of a costly number. */
    private static final int MAX_DIGITS = 20;
    private static final Set<Class<?>> INTEGERS = Set.of(long.class, Long.class, int.class, Integer.class, short.class,
            Short.class, BigInteger.class);

    /** Where and why a body does not have the expected shape. */
    static final class Mismatch extends Exception {

        private final String field;

        Mismatch(String field, String message) {
            super(message);
            this.field = field;
        }

        String field() {
            return field;
        }
    }

    private JsonShape() {
    }

    /**
     * Checks {@code body}; the body itself is named {@code body}, its fields by name. The one list
     * body of the API is a batch of entries: its items are {@code entries[i]}, as the ledger names them.
     */
    static void check(JsonValue body, Type type) throws Mismatch {
        Class<?> raw = raw(type);
        if (body.getValueType() == JsonValue.ValueType.NULL) {
            throw new Mismatch("body", "Le corps de la requête est vide (null) : " + expected(raw) + " attendu.");
        }
        if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            expect(body, JsonValue.ValueType.ARRAY, "body", raw);
            items(body.asJsonArray(), element(type), "entries");
        } else if (isStructure(raw)) {
            expect(body, JsonValue.ValueType.OBJECT, "body", raw);
            fields(body.asJsonObject(), raw, "");
        } else {
            value(body, type, "body");
        }
    }

    private static void value(JsonValue value, Type type, String path) throws Mismatch {
        Class<?> raw = raw(type);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (raw.isPrimitive()) {
                throw new Mismatch(path, "Le champ " + path + " ne peut pas être null : " + expected(raw) + " attendu.");
            }
            return;
        }
        if (raw == Object.class || JsonValue.class.isAssignableFrom(raw)) {
            return;
        }
        if (raw == String.class) {
            expect(value, JsonValue.ValueType.STRING, path, raw);
        } else if (raw == Boolean.class || raw == boolean.class) {
            if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
                throw wrongType(path, raw, value);
            }
        } else if (Number.class.isAssignableFrom(raw) || INTEGERS.contains(raw) || raw == double.class) {
            number(value, raw, path);
        } else if (raw.isEnum()) {
            expect(value, JsonValue.ValueType.STRING, path, raw);
            String name = ((JsonString) value).getString();
            if (Arrays.stream(raw.getEnumConstants()).noneMatch(constant -> ((Enum<?>) constant).name().equals(name))) {
                throw new Mismatch(path, "Valeur inconnue pour " + path + " : " + abbreviated(name) + " (attendu : "
                        + Arrays.toString(raw.getEnumConstants()) + ").");
            }
        } else if (raw == LocalDate.class || raw == YearMonth.class) {
            temporal(value, raw, path);
        } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            expect(value, JsonValue.ValueType.ARRAY, path, raw);
            items(value.asJsonArray(), element(type), path);
        } else if (Map.class.isAssignableFrom(raw)) {
            expect(value, JsonValue.ValueType.OBJECT, path, raw);
        } else {
            expect(value, JsonValue.ValueType.OBJECT, path, raw);
            fields(value.asJsonObject(), raw, path + ".");
        }
    }

    private static void fields(JsonObject object, Class<?> raw, String prefix) throws Mismatch {
        if (!raw.isRecord()) {
            return; // only records are request bodies here; a class would be bound as is
        }
        for (RecordComponent component : raw.getRecordComponents()) {
            JsonValue field = object.get(component.getName());
            if (field != null) {
                value(field, component.getGenericType(), prefix + component.getName());
            }
        }
    }

    private static void items(JsonArray array, Type element, String path) throws Mismatch {
        for (int i = 0; i < array.size(); i++) {
            String item = path + "[" + i + "]";
            if (array.get(i).getValueType() == JsonValue.ValueType.NULL) {
                throw new Mismatch(item, "Élément vide (null) en " + item + " : " + expected(raw(element)) + " attendu.");
            }
            value(array.get(i), element, item);
        }
    }

    private static void number(JsonValue value, Class<?> raw, String path) throws Mismatch {
        if (value.getValueType() != JsonValue.ValueType.NUMBER) {
            throw wrongType(path, raw, value);
        }
        BigDecimal number = ((JsonNumber) value).bigDecimalValue();
        if (number.scale() > MAX_DIGITS || number.precision() - number.scale() > MAX_DIGITS) {
            throw new Mismatch(path, "Nombre hors limites pour " + path + " (au plus " + MAX_DIGITS + " chiffres de part et d'autre de la virgule).");
        }
        if (INTEGERS.contains(raw)) {
            try {
                long whole = number.longValueExact();
                if ((raw == int.class || raw == Integer.class) && whole != (int) whole) {
                    throw new ArithmeticException("int overflow");
                }
            } catch (ArithmeticException e) {
                throw new Mismatch(path, "Nombre entier attendu pour " + path + " (reçu : " + value + ").");
            }
        }
    }

    private static void temporal(JsonValue value, Class<?> raw, String path) throws Mismatch {
        expect(value, JsonValue.ValueType.STRING, path, raw);
        String text = ((JsonString) value).getString();
        try {
            if (raw == LocalDate.class) {
                LocalDate.parse(text);
            } else {
                YearMonth.parse(text);
            }
        } catch (DateTimeParseException e) {
            throw new Mismatch(path, "Le champ " + path + " doit être " + expected(raw) + " (reçu : " + abbreviated(text) + ").");
        }
    }

    private static void expect(JsonValue value, JsonValue.ValueType type, String path, Class<?> raw) throws Mismatch {
        if (value.getValueType() != type) {
            throw wrongType(path, raw, value);
        }
    }

    private static Mismatch wrongType(String path, Class<?> raw, JsonValue value) {
        String name = path.equals("body") ? "Le corps de la requête" : "Le champ " + path;
        return new Mismatch(path, name + " doit être " + expected(raw) + " (reçu : " + received(value) + ").");
    }

    private static String expected(Class<?> raw) {
        if (raw == String.class) {
            return "un texte";
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return "true ou false";
        }
        if (Number.class.isAssignableFrom(raw) || raw.isPrimitive()) {
            return INTEGERS.contains(raw) ? "un nombre entier" : "un nombre";
        }
        if (raw == LocalDate.class) {
            return "une date AAAA-MM-JJ";
        }
        if (raw == YearMonth.class) {
            return "un mois AAAA-MM";
        }
        if (raw.isEnum()) {
            return "l'une des valeurs " + Arrays.toString(raw.getEnumConstants());
        }
        if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            return "une liste [...]";
        }
        return "un objet {...}";
    }

    private static String received(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> "un objet";
            case ARRAY -> "une liste";
            case STRING -> "le texte " + abbreviated(((JsonString) value).getString());
            case NUMBER -> "le nombre " + abbreviated(value.toString());
            case TRUE, FALSE -> value.toString();
            case NULL -> "null";
        };
    }

    private static String abbreviated(String text) {
        return "« " + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + " »";
    }

    private static boolean isStructure(Class<?> raw) {
        return raw.isRecord() || Map.class.isAssignableFrom(raw)
                || !(raw.isPrimitive() || raw.isEnum() || raw.getName().startsWith("java."));
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof GenericArrayType) {
            return Object[].class;
        }
        return Object.class;
    }

    private static Type element(Type collection) {
        if (collection instanceof ParameterizedType p && p.getActualTypeArguments().length == 1) {
            return p.getActualTypeArguments()[0];
        }
        if (collection instanceof Class<?> c && c.isArray()) {
            return c.getComponentType();
        }
        if (collection instanceof GenericArrayType g) {
            return g.getGenericComponentType();
        }
        return Object.class;
    }
}
