package sn.pmas.premium;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import sn.pmas.ledger.LedgerException;
import sn.pmas.premium.RegisterFolding.Fact;
import sn.pmas.premium.RegisterFolding.Kind;
import sn.pmas.premium.RegisterFolding.RowKey;

class RegisterFoldingTest {

    private static final RowKey ASKIA_BTP = new RowKey("ASKIA", "Askia Assurances", "GO-BTP", "Ouvriers du BTP", "SANTE-PLUS");
    private static final RowKey ASKIA_NO_GROUP = new RowKey("ASKIA", "Askia Assurances", null, null, "SANTE-BASE");
    private static final RowKey NSIA_BTP = new RowKey("NSIA", "NSIA Assurances", "GO-BTP", "Ouvriers du BTP", "SANTE-PLUS");
    private static final YearMonth JAN = YearMonth.of(2040, 1);
    private static final YearMonth FEB = YearMonth.of(2040, 2);
    private static final YearMonth MAR = YearMonth.of(2040, 3);
    private static final YearMonth APR = YearMonth.of(2040, 4);

    /** January: 1 200 000 issued to ASKIA/GO-BTP; February: 700 000 collected, 100 000 cancelled; March: 50 000 refunded. */
    private static final List<Fact> FACTS = List.of(
            new Fact(ASKIA_BTP, JAN, Kind.ISSUED, 2, 1_200_000, 1_000_000, 0),
            new Fact(ASKIA_BTP, FEB, Kind.COLLECTED, 1, 700_000, 600_000, 84_000),
            new Fact(ASKIA_BTP, FEB, Kind.CANCELLED, 1, 100_000, 80_000, 0),
            new Fact(ASKIA_BTP, MAR, Kind.REFUNDED, 1, 50_000, 40_000, 5_600),
            new Fact(ASKIA_NO_GROUP, MAR, Kind.ISSUED, 1, 300_000, 250_000, 0),
            new Fact(NSIA_BTP, FEB, Kind.ISSUED, 1, 500_000, 400_000, 0),
            new Fact(NSIA_BTP, APR, Kind.COLLECTED, 1, 500_000, 400_000, 56_000));

    private static RegisterCriteria criteria(YearMonth from, YearMonth to, Set<RegisterDimension> groupBy) throws LedgerException {
        return RegisterCriteria.of(from, to, null, null, null, groupBy);
    }

    @Test
    void monthlyRowsCountFlowsInTheirMonthAndCarryTheUnpaidStock() throws LedgerException {
        PremiumRegister register = RegisterFolding.fold(
                criteria(FEB, MAR, EnumSet.of(RegisterDimension.INSURER, RegisterDimension.GROUP, RegisterDimension.MONTH)), FACTS);

        assertEquals(List.of(
                new PremiumRegisterRow("ASKIA", "Askia Assurances", null, null, null, "2040-03",
                        new RegisterAmounts(1, 300_000, 0, 0, 0, 0, 0, 0, 300_000)),
                new PremiumRegisterRow("ASKIA", "Askia Assurances", "GO-BTP", "Ouvriers du BTP", null, "2040-02",
                        new RegisterAmounts(0, 0, 700_000, 600_000, 84_000, 100_000, 0, 0, 400_000)),
                new PremiumRegisterRow("ASKIA", "Askia Assurances", "GO-BTP", "Ouvriers du BTP", null, "2040-03",
                        new RegisterAmounts(0, 0, 0, 0, 0, 0, 50_000, 5_600, 400_000)),
                new PremiumRegisterRow("NSIA", "NSIA Assurances", "GO-BTP", "Ouvriers du BTP", null, "2040-02",
                        new RegisterAmounts(1, 500_000, 0, 0, 0, 0, 0, 0, 500_000)),
                new PremiumRegisterRow("NSIA", "NSIA Assurances", "GO-BTP", "Ouvriers du BTP", null, "2040-03",
                        new RegisterAmounts(0, 0, 0, 0, 0, 0, 0, 0, 500_000))),
                register.rows(), "a quittance without a group sorts first; a month without flows still shows what is owed");
        assertEquals(new RegisterAmounts(2, 800_000, 700_000, 600_000, 84_000, 100_000, 50_000, 5_600, 1_200_000),
                register.totals(), "flows of February and March; unpaid at the end of March, January's issue included");
    }

    @Test
    void withoutMonthOneRowPerKeyForTheSpanAndTheStockAtItsEnd() throws LedgerException {
        PremiumRegister register = RegisterFolding.fold(criteria(JAN, APR, EnumSet.of(RegisterDimension.PRODUCT)), FACTS);

        assertEquals(List.of(
                new PremiumRegisterRow(null, null, null, null, "SANTE-BASE", null,
                        new RegisterAmounts(1, 300_000, 0, 0, 0, 0, 0, 0, 300_000)),
                new PremiumRegisterRow(null, null, null, null, "SANTE-PLUS", null,
                        new RegisterAmounts(3, 1_700_000, 1_200_000, 1_000_000, 140_000, 100_000, 50_000, 5_600, 400_000))),
                register.rows());
    }

    @Test
    void noGroupingGivesOneRowEqualToTheTotals() throws LedgerException {
        PremiumRegister register = RegisterFolding.fold(criteria(JAN, MAR, Set.of()), FACTS);

        assertEquals(1, register.rows().size());
        assertEquals(register.totals(), register.rows().get(0).amounts());
        assertEquals(new RegisterAmounts(4, 2_000_000, 700_000, 600_000, 84_000, 100_000, 50_000, 5_600, 1_200_000),
                register.totals(), "April's collection is after the span");
    }

    @Test
    void factsAfterTheSpanAreIgnoredAndMonthsWithNothingOwedNorMovedAreLeftOut() throws LedgerException {
        List<Fact> settled = List.of(new Fact(NSIA_BTP, JAN, Kind.ISSUED, 1, 500_000, 400_000, 0),
                new Fact(NSIA_BTP, JAN, Kind.COLLECTED, 1, 500_000, 400_000, 56_000),
                new Fact(NSIA_BTP, APR, Kind.ISSUED, 1, 900_000, 800_000, 0));

        PremiumRegister register = RegisterFolding.fold(criteria(FEB, MAR, EnumSet.allOf(RegisterDimension.class)), settled);

        assertEquals(List.of(), register.rows());
        assertEquals(RegisterAmounts.ZERO, register.totals());
    }
}
