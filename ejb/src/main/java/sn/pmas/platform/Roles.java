package sn.pmas.platform;

/**
 * The roles the business beans check on every method that writes (Elytron groups). The REST API
 * and the UI check the same roles first, to answer in their own terms; the beans hold whatever
 * the path. A bean with any {@code @RolesAllowed} method is {@code @PermitAll} for its reads
 * (WildFly denies unannotated methods otherwise).
 */
public final class Roles {

    /** Posts, closes periods, books SIG events, issues fund calls and confirmations. */
    public static final String ACCOUNTANT = "accountant";
    /** Reopens periods, forces a posting beyond a principal's funds; may do what an accountant does. */
    public static final String ADMIN = "admin";
    /** Reads everything, approves the annual accounts. */
    public static final String DIRECTOR = "director";
    /** Reads everything: the auditors' downloads. */
    public static final String AUDITOR = "auditor";
    /** An insurer's user, who also carries {@code insurer-<CODE>}: reads its own insurer's documents only. */
    public static final String INSURER = "insurer";

    private Roles() {
    }
}
