package sn.pmas.currentaccount;

import java.util.List;
import org.eclipse.birt.report.engine.api.script.IReportContext;
import org.eclipse.birt.report.engine.api.script.IUpdatableDataSetRow;
import org.eclipse.birt.report.engine.api.script.ScriptException;
import org.eclipse.birt.report.engine.api.script.eventadapter.ScriptedDataSetEventAdapter;
import org.eclipse.birt.report.engine.api.script.instance.IDataSetInstance;
import sn.pmas.reporting.Report;

/**
 * The "heading" data set of principal-statement.rptdesign: one row with the principal, its account
 * and the statement's balances and totals, amounts as text like the movements' ({@link PrincipalStatementRows}).
 */
public class PrincipalStatementHeading extends ScriptedDataSetEventAdapter {

    private PrincipalStatement statement;

    @Override
    public void beforeOpen(IDataSetInstance dataSet, IReportContext context) {
        statement = (PrincipalStatement) ((List<?>) context.getAppContext().get(Report.ROWS)).get(0);
    }

    @Override
    public boolean fetch(IDataSetInstance dataSet, IUpdatableDataSetRow row) throws ScriptException {
        if (statement == null) {
            return false;
        }
        row.setColumnValue("principal_code", statement.principalCode());
        row.setColumnValue("principal_name", statement.principalName());
        row.setColumnValue("account_code", statement.accountCode());
        row.setColumnValue("opening_balance", PrincipalStatementRows.amount(statement.opening()));
        row.setColumnValue("total_credit", PrincipalStatementRows.amount(statement.totalCredits()));
        row.setColumnValue("total_debit", PrincipalStatementRows.amount(statement.totalDebits()));
        row.setColumnValue("closing_balance", PrincipalStatementRows.amount(statement.closing()));
        statement = null;
        return true;
    }
}
