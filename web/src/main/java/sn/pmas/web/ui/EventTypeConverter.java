package sn.pmas.web.ui;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.util.Map;
import sn.pmas.sig.EventType;

/** The French name of a SIG event type ("Sinistre validé"); accepts the enum or its name. */
@FacesConverter("pmas.eventType")
public class EventTypeConverter implements Converter<Object> {

    private static final Map<EventType, String> LABELS = Map.of(
            EventType.PREMIUM_ISSUED, "Prime émise",
            EventType.PREMIUM_COLLECTED, "Prime encaissée",
            EventType.PREMIUM_CANCELLED, "Prime annulée",
            EventType.PREMIUM_REFUNDED, "Prime remboursée",
            EventType.CLAIM_VALIDATED, "Sinistre validé",
            EventType.CLAIM_PAID, "Sinistre payé",
            EventType.CLAIM_CANCELLED, "Sinistre annulé",
            EventType.CLAIM_REJECTED, "Facture rejetée",
            EventType.FUNDS_RECEIVED, "Fonds reçus",
            EventType.OPERATING_EXPENSE, "Frais de fonctionnement");

    @Override
    public String getAsString(FacesContext context, UIComponent component, Object type) {
        return type == null ? "" : EventType.parse(type.toString()).map(LABELS::get).orElse(type.toString());
    }

    @Override
    public Object getAsObject(FacesContext context, UIComponent component, String label) {
        return LABELS.entrySet().stream().filter(entry -> entry.getValue().equals(label))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }
}
