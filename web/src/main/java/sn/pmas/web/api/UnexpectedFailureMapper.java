package sn.pmas.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A refusal of the database becomes its problem code (a constraint a concurrent request won, a
 * lock given up: {@link DatabaseRefusals}); anything else is a bug, logged with an incident
 * number the user can quote, never echoed.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Override
    public Response toResponse(Exception e) {
        Optional<DatabaseRefusals.Refusal> refusal = DatabaseRefusals.of(e);
        if (refusal.isPresent()) {
            LOG.log(Level.INFO, "database refusal " + refusal.get().code().code(), e);
            return Problem.of(refusal.get().code(), refusal.get().code().title()
                    + (refusal.get().constraint() == null ? "." : " (règle " + refusal.get().constraint() + " de la base de données).")
                    + " Rien n'a été enregistré.", refusal.get().field()).toResponse();
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "incident " + incident, e);
        return Problem.of(500, "server.error", "Erreur interne",
                "Erreur interne (incident " + incident + ", consigné dans le journal du serveur).", null).toResponse();
    }
}
