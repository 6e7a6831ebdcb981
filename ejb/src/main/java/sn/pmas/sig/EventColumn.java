package sn.pmas.sig;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A column of an event file: one component of {@link SigEvent}, under the component's own name,
 * so that a file, the JSON of the API and the record can never disagree. {@code forceReason} is
 * no column: forcing a claim is a deliberate act of a privileged user, claim by claim, never a
 * line in a file.
 */
record EventColumn(String name, Kind kind, RecordComponent component) {

    /** How the cells of a column read and write. */
    enum Kind { TEXT, DECIMAL, BOOLEAN, DATE, MONTH }

    static final String FORCE_REASON = "forceReason";

    private static final Set<String> DATES = Set.of("date", "periodFrom", "periodTo", "invoiceReceivedOn");
    private static final Set<String> MONTHS = Set.of("careMonth");

    /** Every column, in the record's order: the order the writer uses. */
    static final List<EventColumn> ALL = Arrays.stream(SigEvent.class.getRecordComponents())
            .filter(component -> !component.getName().equals(FORCE_REASON))
            .map(EventColumn::of)
            .toList();

    static Optional<EventColumn> named(String name) {
        return ALL.stream().filter(column -> column.name.equals(name)).findFirst();
    }

    static List<String> names() {
        return ALL.stream().map(EventColumn::name).toList();
    }

    /** This column's value in {@code event}: a String, BigDecimal or Boolean, or null. */
    Object valueOf(SigEvent event) {
        try {
            return component.getAccessor().invoke(event);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("SigEvent accessor " + name, e);
        }
    }

    /** A SigEvent from values by column name (a missing column, and forceReason, are null). */
    static SigEvent event(Map<String, Object> values) {
        RecordComponent[] components = SigEvent.class.getRecordComponents();
        Object[] arguments = Arrays.stream(components).map(component -> values.get(component.getName())).toArray();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            return SigEvent.class.getDeclaredConstructor(types).newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("SigEvent canonical constructor", e);
        }
    }

    private static EventColumn of(RecordComponent component) {
        String name = component.getName();
        Kind kind;
        if (component.getType() == BigDecimal.class) {
            kind = Kind.DECIMAL;
        } else if (component.getType() == Boolean.class) {
            kind = Kind.BOOLEAN;
        } else if (DATES.contains(name)) {
            kind = Kind.DATE;
        } else if (MONTHS.contains(name)) {
            kind = Kind.MONTH;
        } else if (component.getType() == String.class) {
            kind = Kind.TEXT;
        } else {
            throw new IllegalStateException("No file column kind for SigEvent." + name + " of type " + component.getType());
        }
        return new EventColumn(name, kind, component);
    }
}
