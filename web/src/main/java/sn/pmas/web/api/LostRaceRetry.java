package sn.pmas.web.api;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place where writes are retried (docs/ledger.md, "Concurrency"). A resource method runs
 * outside any transaction; each business call it makes commits on its own. When two requests
 * carry the same key at once, the database's unique key lets one commit and refuses the other
 * (or a lock wait gives up): that request is run again, once, in a new transaction which then
 * sees the winner and answers as a replay (200) or a conflict (409) by the ordinary rules.
 * A second loss is answered by its problem code ({@link DatabaseRefusals}), never a 500.
 */
@RetryLostRace
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class LostRaceRetry {

    private static final Logger LOG = Logger.getLogger(LostRaceRetry.class.getName());
    /** A request body read by the first run is read again by the retry; bodies are capped well below (5 MB files). */
    private static final int MAX_REREAD_BODY = 16 * 1024 * 1024;

    @AroundInvoke
    public Object retryOnce(InvocationContext call) throws Exception {
        rereadableBodies(call);
        try {
            return call.proceed();
        } catch (Exception lost) {
            if (!DatabaseRefusals.lostRace(lost) || !rewindBodies(call)) {
                throw lost;
            }
            LOG.log(Level.FINE, "lost a race, retried once: " + call.getMethod(), lost);
            return call.proceed();
        }
    }

    private static void rereadableBodies(InvocationContext call) {
        Object[] parameters = call.getParameters();
        boolean wrapped = false;
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i] instanceof InputStream body) {
                BufferedInputStream rereadable = new BufferedInputStream(body);
                rereadable.mark(MAX_REREAD_BODY);
                parameters[i] = rereadable;
                wrapped = true;
            }
        }
        if (wrapped) {
            call.setParameters(parameters);
        }
    }

    private static boolean rewindBodies(InvocationContext call) {
        for (Object parameter : call.getParameters()) {
            if (parameter instanceof BufferedInputStream body) {
                try {
                    body.reset();
                } catch (IOException e) {
                    return false;
                }
            }
        }
        return true;
    }
}
