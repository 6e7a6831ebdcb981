package sn.pmas.premium;

import java.time.LocalDate;

/** A premium issue notice as the SIG sends it. */
public record Quittance(String reference, String contractReference, long insurerPartyId, Long groupPartyId,
                        Long brokerPartyId, String product, LocalDate periodFrom, LocalDate periodTo, LocalDate issuedOn,
                        long premiumAmount, long policyCosts, long taxes) {

    public long total() {
        return premiumAmount + policyCosts + taxes;
    }
}
