package sn.pmas.demo;

import jakarta.ejb.Stateless;
import java.time.YearMonth;
import java.util.List;
import sn.pmas.sig.SigEvent;

/**
 * A month of plausible SIG events for the demo parties, to try the file import with: every
 * principal first sends funds, so the month books on top of any demo ledger. References start
 * with "S" and the month, so importing the same sample twice is a replay.
 */
@Stateless
public class DemoEventSamples {

    public List<SigEvent> month(YearMonth month) {
        return new DemoYear("S" + month + "-", month.getYear() * 100L + month.getMonthValue()).sampleMonth(month);
    }
}
