package sn.pmas.it;

import java.time.LocalDate;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * After every test of every integration test class: each sub-ledger register ties with its
 * control accounts at the end of the demo year and today, whatever the test booked.
 */
final class RegistersTied implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        DeployedLedger test = (DeployedLedger) context.getRequiredTestInstance();
        LedgerAssertions.assertRegistersTied(Api.as(test.base, Api.AUDITOR), LedgerAssertions.DEMO_YEAR_END, LocalDate.now());
    }
}
