package sn.pmas.currentaccount;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import sn.pmas.reporting.StandardFontText;

/**
 * A principal's current-account statement: balances are positive in the principal's favour
 * (credits: funds it sent, commissions given back; debits: claims, commissions and fees).
 */
public record PrincipalStatement(String principalCode, String principalName, String accountCode, LocalDate from,
                                 LocalDate to, long opening, long totalCredits, long totalDebits, long closing,
                                 List<StatementMovement> lines) implements StandardFontText {

    /** The texts its PDF shows beside the design's own: names, codes, references and labels. */
    @Override
    public boolean inStandardFonts() {
        return StandardFontText.encodable(Stream.concat(Stream.of(principalCode, principalName, accountCode),
                lines.stream().flatMap(line -> Stream.of(line.journalCode(), line.sourceReference(), line.label()))));
    }
}
