package sn.pmas.web.api;

/** The application roles (Elytron ApplicationRealm groups). */
final class Roles {

    static final String ACCOUNTANT = "accountant";
    static final String DIRECTOR = "director";
    static final String AUDITOR = "auditor";
    static final String INSURER = "insurer";
    static final String ADMIN = "admin";

    private Roles() {
    }
}
