package sn.pmas.sig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventColumnTest {

    @Test
    void theColumnsAreTheEventFieldsButTheForcingReason() {
        assertEquals(Arrays.stream(SigEvent.class.getRecordComponents()).map(RecordComponent::getName)
                        .filter(name -> !name.equals("forceReason")).toList(),
                EventColumn.names());
        assertEquals(EventColumn.Kind.DATE, EventColumn.named("invoiceReceivedOn").orElseThrow().kind());
        assertEquals(EventColumn.Kind.MONTH, EventColumn.named("careMonth").orElseThrow().kind());
        assertEquals(EventColumn.Kind.DECIMAL, EventColumn.named("policyCosts").orElseThrow().kind());
        assertEquals(EventColumn.Kind.BOOLEAN, EventColumn.named("medicalValidation").orElseThrow().kind());
        assertEquals(EventColumn.Kind.TEXT, EventColumn.named("principal").orElseThrow().kind());
    }

    @Test
    void anEventIsBuiltFromValuesByNameAndReadBackByColumn() {
        SigEvent event = EventColumn.event(Map.of("type", "CLAIM_PAID", "reference", "P-1", "amount", BigDecimal.TEN,
                "medicalValidation", true));
        assertEquals("CLAIM_PAID", event.type());
        assertEquals(BigDecimal.TEN, EventColumn.named("amount").orElseThrow().valueOf(event));
        assertEquals(Boolean.TRUE, event.medicalValidation());
        assertNull(event.forceReason());
        assertNull(event.claim());
    }
}
