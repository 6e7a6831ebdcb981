package sn.pmas.web.api;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Enforces the {@code @RolesAllowed} of each resource method (or its class): no credentials is
 * 401 with a Basic challenge, the wrong role is 403, both as problem+json. A method that declares
 * nothing is refused: access is always stated, never assumed.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class RoleCheck implements ContainerRequestFilter {

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null || method.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        RolesAllowed allowed = method.isAnnotationPresent(RolesAllowed.class)
                ? method.getAnnotation(RolesAllowed.class)
                : resource.getResourceClass().getAnnotation(RolesAllowed.class);
        SecurityContext security = request.getSecurityContext();
        if (security.getUserPrincipal() == null) {
            request.abortWith(isScript(request) ? unauthorizedScript() : unauthorized());
            return;
        }
        if (allowed == null || Arrays.stream(allowed.value()).noneMatch(security::isUserInRole)) {
            request.abortWith(forbidden());
        }
    }

    /**
     * A page's script whose session expired: no Basic challenge, which would make the browser
     * open its own login box over the page; the script tells the user to log in again.
     */
    private static boolean isScript(ContainerRequestContext request) {
        return "XMLHttpRequest".equals(request.getHeaderString("X-Requested-With"));
    }

    private static Response unauthorizedScript() {
        return Problem.of(401, "auth.required", "Authentification requise",
                "Session expirée : reconnectez-vous.", null).toResponse();
    }

    static Response unauthorized() {
        Response problem = Problem.of(401, "auth.required", "Authentification requise",
                "Identifiez-vous (HTTP Basic) avec un compte utilisateur du Pool.", null).toResponse();
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"ApplicationRealm\"").build();
    }

    static Response forbidden() {
        return Problem.of(403, "auth.forbidden", "Accès refusé",
                "Votre rôle ne permet pas cette opération.", null).toResponse();
    }
}
