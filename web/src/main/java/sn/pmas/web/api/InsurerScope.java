package sn.pmas.web.api;

import jakarta.ws.rs.core.SecurityContext;

/**
 * An insurer's users see their own insurer only: the role {@code insurer-<CODE>} names it. Staff
 * roles (accountant, director, auditor) see every principal.
 */
final class InsurerScope {

    private InsurerScope() {
    }

    static boolean allows(SecurityContext security, String principalCode) {
        return security.isUserInRole(Roles.ACCOUNTANT) || security.isUserInRole(Roles.DIRECTOR)
                || security.isUserInRole(Roles.AUDITOR) || security.isUserInRole(Roles.INSURER + "-" + principalCode);
    }

    /** Refuses with 403 when the caller may not see this principal. */
    static void check(SecurityContext security, String principalCode) {
        if (!allows(security, principalCode)) {
            throw new jakarta.ws.rs.WebApplicationException(RoleCheck.forbidden());
        }
    }
}
