package sn.pmas.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The API's one JSON-B instance, for the bodies it reads and the responses it writes. Without a
 * resolver, RESTEasy builds a new instance for every response: a service lookup through the
 * deployment's class loaders and every class model parsed again, which cost more server time than
 * a posting itself.
 */
@Provider
public class JsonbResolver implements ContextResolver<Jsonb> {

    static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
