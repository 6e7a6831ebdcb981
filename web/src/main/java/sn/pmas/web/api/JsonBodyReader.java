package sn.pmas.web.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.NoSuchElementException;
import sn.pmas.ledger.Rejection;

/**
 * Reads every JSON request body of the API: parsed, checked against the expected type
 * ({@link JsonShape}: an object is an object, a number a number), then bound. A body of the wrong
 * shape is a 400 naming the body or the field, before any business code runs; lenient binding
 * would otherwise turn an array into an entry or a string into a zero.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class JsonBodyReader implements MessageBodyReader<Object> {

    /** Made once: {@code Json.createReader} looks its provider up through the class loaders on every call. */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return !(type == String.class || type == byte[].class || InputStream.class.isAssignableFrom(type)
                || Reader.class.isAssignableFrom(type) || JsonValue.class.isAssignableFrom(type));
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        PushbackInputStream stream = new PushbackInputStream(body);
        int first = stream.read();
        if (first < 0) {
            throw refused(Problem.of(Rejection.FIELD_REQUIRED, "Le corps de la requête est vide.", "body"));
        }
        stream.unread(first);
        JsonValue json;
        try (JsonReader reader = READERS.createReader(stream)) {
            json = reader.readValue();
        } catch (JsonException | NoSuchElementException | IllegalStateException e) {
            throw refused(Problem.of(400, "request.malformed", "Requête illisible",
                    "Le corps de la requête n'est pas un JSON lisible : " + e.getMessage(), "body"));
        }
        try {
            JsonShape.check(json, genericType);
        } catch (JsonShape.Mismatch mismatch) {
            Rejection rejection = json.getValueType() == JsonValue.ValueType.NULL ? Rejection.FIELD_REQUIRED : Rejection.FIELD_INVALID;
            throw refused(Problem.of(rejection, mismatch.getMessage(), mismatch.field()));
        }
        try {
            return JsonbResolver.JSONB.fromJson(json.toString(), genericType);
        } catch (JsonbException e) {
            throw refused(Problem.of(400, "request.malformed", "Requête illisible",
                    "Le corps de la requête ne se lit pas comme attendu : " + e.getMessage(), "body"));
        }
    }

    private static WebApplicationException refused(Problem problem) {
        return new WebApplicationException(problem.toResponse());
    }
}
