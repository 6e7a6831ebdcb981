package sn.pmas.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import sn.pmas.fiscalcalendar.AmountSource;
import sn.pmas.fiscalcalendar.Frequency;
import sn.pmas.fiscalcalendar.GenerationResult;
import sn.pmas.fiscalcalendar.HolidayView;
import sn.pmas.fiscalcalendar.ObligationCheque;
import sn.pmas.fiscalcalendar.ObligationCheques;
import sn.pmas.fiscalcalendar.ObligationTerms;
import sn.pmas.fiscalcalendar.ObligationView;
import sn.pmas.fiscalcalendar.Obligations;
import sn.pmas.fiscalcalendar.OccurrenceView;
import sn.pmas.fiscalcalendar.ReminderView;
import sn.pmas.fiscalcalendar.Reminders;
import sn.pmas.fiscalcalendar.ShiftRule;
import sn.pmas.fiscalcalendar.Holidays;
import sn.pmas.fiscalcalendar.TaxCalendar;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.Rejection;
import sn.pmas.reporting.Report;
import sn.pmas.reporting.ReportFormat;
import sn.pmas.reporting.ReportRenderer;
import sn.pmas.reporting.ReportRenderingException;

/** The fiscal and social calendar (docs/fiscal-calendar.md): catalogue, occurrences, holidays, reminders, report. */
@Path("/fiscal-calendar")
@RetryLostRace
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ACCOUNTANT, Roles.DIRECTOR, Roles.AUDITOR})
public class FiscalCalendarResource {

    /** A version of an obligation's rules; enums as their names, checked with the field named. */
    public record Terms(String code, String name, LocalDate validFrom, String frequency, Integer declarationMonths,
                        Integer declarationDay, Integer paymentMonths, Integer paymentDay, Long quarterlyBelow,
                        String shiftRule, String amountSource, String accountCode, Boolean active, String comment) {

        ObligationTerms terms() throws LedgerException {
            return ObligationTerms.of(validFrom, Params.optionalEnum(frequency, Frequency.class, "frequency"), declarationMonths,
                    declarationDay, paymentMonths, paymentDay, quarterlyBelow,
                    Params.optionalEnum(shiftRule, ShiftRule.class, "shiftRule"),
                    Params.optionalEnum(amountSource, AmountSource.class, "amountSource"), accountCode, active, comment);
        }
    }

    /** {@code declaredOn} null: today; {@code amount} null: the ledger's. */
    public record Declaration(LocalDate declaredOn, Long amount) {
    }

    /**
     * A payment made otherwise than by a cheque of the register: {@code paidOn} null: today; the
     * reference of the cheque or transfer. {@code chequeId} is refused: a cheque of the register is
     * prepared from the occurrence and pays it when released.
     */
    public record Payment(LocalDate paidOn, String chequeReference, Long chequeId) {
    }

    /** The cheque paying a declared occurrence: on which bank account, dated when (today when absent), which leaf (else the next). */
    public record ChequeRequest(String bankAccount, LocalDate date, Long number, String payee) {
    }

    public record HolidayMove(String key, LocalDate computedDate, LocalDate observedDate, String reason) {
    }

    @EJB
    private Obligations obligations;
    @EJB
    private TaxCalendar calendar;
    @EJB
    private ObligationCheques cheques;
    @EJB
    private Holidays holidays;
    @EJB
    private Reminders reminders;
    @EJB
    private ReportRenderer renderer;

    @GET
    @Path("/obligations")
    public List<ObligationView> obligations() {
        return obligations.list();
    }

    @GET
    @Path("/obligations/{code}")
    public ObligationView obligation(@PathParam("code") String code) throws LedgerException {
        return obligations.find(code);
    }

    @POST
    @Path("/obligations")
    @RolesAllowed(Roles.ACCOUNTANT)
    public Response createObligation(Terms request) throws LedgerException {
        Terms body = body(request);
        return Response.status(201).entity(obligations.create(body.code(), body.name(), body.terms())).build();
    }

    @POST
    @Path("/obligations/{code}/versions")
    @RolesAllowed(Roles.ACCOUNTANT)
    public Response addVersion(@PathParam("code") String code, Terms request) throws LedgerException {
        return Response.status(201).entity(obligations.addVersion(code, body(request).terms())).build();
    }

    /** Generates a fiscal year's occurrences; again, it adds nothing. */
    @POST
    @Path("/years/{year}")
    @RolesAllowed(Roles.ACCOUNTANT)
    public GenerationResult generate(@PathParam("year") String year) throws LedgerException {
        return calendar.generate(year(year));
    }

    /** The occurrences of a fiscal year ({@code year}), or those due in a month ({@code month}). */
    @GET
    @Path("/occurrences")
    public List<OccurrenceView> occurrences(@QueryParam("year") String year, @QueryParam("month") String month)
            throws LedgerException {
        if (month != null) {
            return calendar.dueIn(Params.period(month, "month"));
        }
        return calendar.ofYear(year(year));
    }

    @GET
    @Path("/occurrences/{id}")
    public OccurrenceView occurrence(@PathParam("id") long id) throws LedgerException {
        return calendar.find(id);
    }

    @POST
    @Path("/occurrences/{id}/declare")
    @RolesAllowed(Roles.ACCOUNTANT)
    public OccurrenceView declare(@PathParam("id") long id, Declaration declaration) throws LedgerException {
        return declaration == null ? calendar.declare(id, null, null) : calendar.declare(id, declaration.declaredOn(), declaration.amount());
    }

    @POST
    @Path("/occurrences/{id}/pay")
    @RolesAllowed(Roles.ACCOUNTANT)
    public OccurrenceView pay(@PathParam("id") long id, Payment payment) throws LedgerException {
        if (payment != null && payment.chequeId() != null) {
            throw new LedgerException(Rejection.FIELD_INVALID, "chequeId", "Un chèque du registre se prépare depuis l'échéance "
                    + "(POST /api/fiscal-calendar/occurrences/" + id + "/cheque) et la paie à son déblocage.");
        }
        return payment == null ? calendar.pay(id, null, null) : calendar.pay(id, payment.paidOn(), payment.chequeReference());
    }

    /** Prepares the register's cheque paying a declared occurrence; its release pays the occurrence, its void makes it payable again. */
    @POST
    @Path("/occurrences/{id}/cheque")
    @RolesAllowed(Roles.ACCOUNTANT)
    public Response prepareCheque(@PathParam("id") long id, ChequeRequest request) throws LedgerException {
        Params.required(request, "body");
        Params.required(request.bankAccount(), "bankAccount");
        ObligationCheque prepared = cheques.prepare(id, request.bankAccount(), request.date() == null ? LocalDate.now() : request.date(),
                request.number(), request.payee());
        return Response.status(201).entity(prepared).build();
    }

    @GET
    @Path("/holidays")
    public List<HolidayView> holidays(@QueryParam("year") String year) throws LedgerException {
        return holidays.of(year(year));
    }

    /** The day a lunar holiday was observed: the deadlines it touches move. */
    @POST
    @Path("/holidays/overrides")
    @RolesAllowed(Roles.ACCOUNTANT)
    public Response moveHoliday(HolidayMove move) throws LedgerException {
        Params.required(move, "body");
        return Response.status(201).entity(calendar.moveHoliday(move.key(), move.computedDate(), move.observedDate(), move.reason()))
                .build();
    }

    @GET
    @Path("/reminders")
    public List<ReminderView> reminders(@QueryParam("open") @DefaultValue("true") boolean openOnly) {
        return reminders.list(openOnly);
    }

    /** What the morning timer does, on demand (e.g. after a restart, or for a given day). */
    @POST
    @Path("/reminders/run")
    @RolesAllowed(Roles.ACCOUNTANT)
    public List<ReminderView> runReminders(@QueryParam("asOf") String asOf) throws LedgerException {
        return reminders.run(asOf == null ? LocalDate.now() : Params.date(asOf, "asOf"));
    }

    /** The calendar of a fiscal year with statuses, as a PDF or a workbook. */
    @GET
    @Path("/report")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response report(@QueryParam("year") String yearText, @QueryParam("format") @DefaultValue("pdf") String formatCode)
            throws LedgerException, ReportRenderingException {
        int year = year(yearText);
        ReportFormat format = switch (formatCode) {
            case "pdf" -> ReportFormat.PDF;
            case "xlsx" -> ReportFormat.XLSX;
            default -> throw new LedgerException(Rejection.FIELD_INVALID, "format", "Format attendu : pdf ou xlsx (reçu : " + formatCode + ").");
        };
        byte[] document = renderer.render(Report.FISCAL_CALENDAR, Map.of("year", String.valueOf(year)), calendar.ofYear(year), format);
        return Attachment.of(document, format.mediaType(), "calendrier-fiscal-" + year + "." + format.fileExtension());
    }

    private static Terms body(Terms request) throws LedgerException {
        Params.required(request, "body");
        return request;
    }

    private static int year(String value) throws LedgerException {
        Params.required(value, "year");
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new LedgerException(Rejection.FIELD_INVALID, "year", "Exercice attendu au format AAAA (reçu : " + value + ").");
        }
    }
}
