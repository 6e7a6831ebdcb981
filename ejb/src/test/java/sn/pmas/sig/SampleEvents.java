package sn.pmas.sig;

import java.math.BigDecimal;
import java.util.List;

/** A few events of every shape a file carries: all the column kinds, blanks, and text that needs quoting. */
final class SampleEvents {

    private SampleEvents() {
    }

    static final SigEvent FUNDS = new SigEvent("FUNDS_RECEIVED", "T-FR-1", "2026-01-05", "ASKIA", new BigDecimal("5000000"),
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            "Versement; « fonds de roulement »", null);
    static final SigEvent PREMIUM = new SigEvent("PREMIUM_ISSUED", "T-PI-1", "2026-01-06", "NSIA", new BigDecimal("1200000"),
            "CTR-2026-017", "GO-ENSEIGNANTS", null, "Santé famille", "2026-01-01", "2026-12-31", new BigDecimal("15000"),
            new BigDecimal("0"), null, null, null, null, null, null, null, null, null, "Quittance \"annuelle\"\nenseignants", null);
    static final SigEvent CLAIM = new SigEvent("CLAIM_VALIDATED", "T-CV-1", "2026-01-20", "ASKIA", new BigDecimal("187500"),
            null, null, null, null, null, null, null, null, null, "HR-THIES", null, "FAC-HRT-0112", "2025-12", "2026-01-08",
            Boolean.TRUE, null, null, null, null);
    static final SigEvent REFUND = new SigEvent("CLAIM_VALIDATED", "T-CV-2", "2026-01-21", "MUT-THIES", new BigDecimal("24300.5"),
            null, null, null, null, null, null, null, null, null, null, "Aminata Ndiaye", "DOS-778", "2026-01", "2026-01-15",
            Boolean.FALSE, null, null, null, null);
    static final SigEvent EXPENSE = new SigEvent("OPERATING_EXPENSE", "T-OE-1", "2026-01-31", null, new BigDecimal("350000"),
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, "622", "Loyer janvier", null);

    static final List<SigEvent> ALL = List.of(FUNDS, PREMIUM, CLAIM, REFUND, EXPENSE);
}
