package sn.pmas.web.api;

import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.function.Supplier;
import sn.pmas.party.PartyService;
import sn.pmas.party.PartyType;
import sn.pmas.party.PartyView;

/**
 * An insurer's users see their own insurer only: the role {@code insurer-<CODE>} names it. Staff
 * roles (accountant, director, auditor) see every principal.
 */
final class InsurerScope {

    private InsurerScope() {
    }

    static boolean allows(SecurityContext security, String principalCode) {
        return isStaff(security) || security.isUserInRole(Roles.INSURER + "-" + principalCode);
    }

    /**
     * The insurer a request reads: the one asked for, once checked; when none is asked, all
     * insurers (null) for staff, and the user's own insurer for an insurer's user.
     *
     * @param insurerCodes the codes of every insurer, asked only to find an insurer user's own
     */
    static String resolve(SecurityContext security, String requested, Supplier<List<String>> insurerCodes) {
        if (requested != null && !requested.isBlank()) {
            check(security, requested.strip());
            return requested.strip();
        }
        if (isStaff(security)) {
            return null;
        }
        List<String> own = insurerCodes.get().stream()
                .filter(code -> security.isUserInRole(Roles.INSURER + "-" + code)).toList();
        if (own.size() != 1) {
            throw new jakarta.ws.rs.WebApplicationException(RoleCheck.forbidden());
        }
        return own.get(0);
    }

    private static boolean isStaff(SecurityContext security) {
        return security.isUserInRole(Roles.ACCOUNTANT) || security.isUserInRole(Roles.DIRECTOR)
                || security.isUserInRole(Roles.AUDITOR);
    }

    /**
     * The principal a list reads, decided before its query: the one asked for, once checked; all
     * (null) for staff; the user's own insurer for an insurer's user. The scope is a condition of
     * the query, never a filter after its row cap.
     */
    static String resolve(SecurityContext security, String requested, PartyService parties) {
        return resolve(security, requested, () -> parties.list(PartyType.INSURER).stream().map(PartyView::code).toList());
    }

    /** Refuses with 403 when the caller may not see this principal. */
    static void check(SecurityContext security, String principalCode) {
        if (!allows(security, principalCode)) {
            throw new jakarta.ws.rs.WebApplicationException(RoleCheck.forbidden());
        }
    }
}
