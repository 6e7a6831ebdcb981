package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The beans check their roles themselves, whatever the path that reaches them (REST and the UI
 * check first, in their own terms). A probe page deployed beside the untouched EAR calls a
 * bean's write method as the logged-in user: a lower role is refused by the bean.
 */
@ExtendWith({ArquillianExtension.class, LedgerDeployment.class})
@RunAsClient
class EjbRoleIT {

    private static final String DENIED = "jakarta.ejb.EJBAccessException";

    @ArquillianResource
    @OperateOnDeployment("probe")
    private URL probe;

    @Deployment(name = "probe", testable = false)
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, "ejb-probe.war")
                .addAsWebResource(EjbRoleIT.class.getResource("/ejb-probe/probe.jsp"), "probe.jsp")
                .addAsWebInfResource(EjbRoleIT.class.getResource("/ejb-probe/web.xml"), "web.xml")
                .addAsWebInfResource(EjbRoleIT.class.getResource("/ejb-probe/jboss-web.xml"), "jboss-web.xml");
    }

    private String call(String credentials, String bean, String method, int arity) {
        Api.Reply reply = Api.as(probe, credentials).get("probe.jsp?bean=" + bean + "&method=" + method + "&arity=" + arity);
        assertEquals(200, reply.status(), reply::toString);
        return reply.text().strip();
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({
            "PostingService, postAll, 1",
            "PostingService, reverse, 4",
            "FiscalCalendarService, close, 1",
            "FiscalCalendarService, openYear, 1",
            "SigIngestion, ingest, 1",
            "Alerts, acknowledge, 2",
            "Agreements, record, 2",
            "FundCalls, issue, 3",
            "BalanceConfirmations, issueAll, 1",
            "PartyService, create, 3",
            "AccountService, open, 2"})
    void aWriteMethodRefusesTheReadOnlyRolesAndAdmitsTheAccountant(String bean, String method, int arity) {
        for (String reader : new String[] {Api.DIRECTOR, Api.AUDITOR, Api.INSURER_ASKIA}) {
            assertEquals(DENIED, call(reader, bean + "!sn.pmas." + module(bean) + "." + bean, method, arity), reader);
        }
        assertNotEquals(DENIED, call(Api.ACCOUNTANT, bean + "!sn.pmas." + module(bean) + "." + bean, method, arity),
                "the accountant passes the role check (and meets the method's own rules)");
    }

    @Test
    void reopeningAPeriodNeedsTheAdministratorEvenInsideTheBeans() {
        String calendar = "FiscalCalendarService!sn.pmas.ledger.FiscalCalendarService";
        assertEquals(DENIED, call(Api.ACCOUNTANT, calendar, "reopen", 2));
        assertNotEquals(DENIED, call(Api.ADMIN, calendar, "reopen", 2));
    }

    @Test
    void readsStayOpenToEveryRole() {
        assertEquals("returned", call(Api.AUDITOR, "Alerts!sn.pmas.workingfund.Alerts", "list", 1));
    }

    private static String module(String bean) {
        return switch (bean) {
            case "PostingService", "FiscalCalendarService", "AccountService" -> "ledger";
            case "SigIngestion" -> "sig";
            case "Alerts", "Agreements", "FundCalls" -> "workingfund";
            case "BalanceConfirmations" -> "currentaccount";
            case "PartyService" -> "party";
            default -> throw new IllegalArgumentException(bean);
        };
    }
}
