package sn.pmas.it;

import java.util.Arrays;
import java.util.stream.Collectors;

/** JSON bodies of SIG events, as the SIG writes them. */
final class Events {

    private Events() {
    }

    /** An event of {@code type}, then field names and values; numbers and booleans stay unquoted. */
    static String event(String type, String reference, String date, Object... fields) {
        StringBuilder json = new StringBuilder("{\"type\":\"" + type + "\",\"reference\":\"" + reference + "\",\"date\":\"" + date + "\"");
        for (int i = 0; i < fields.length; i += 2) {
            Object value = fields[i + 1];
            json.append(",\"").append(fields[i]).append("\":")
                    .append(value instanceof Number || value instanceof Boolean ? value : "\"" + value + "\"");
        }
        return json.append('}').toString();
    }

    static String batch(String... events) {
        return "{\"events\":[" + Arrays.stream(events).collect(Collectors.joining(",")) + "]}";
    }

    /**
     * Opens {@code year}, and creates a fresh principal with its agreement from January 1st (no-op
     * when it exists): {@code type} INSURER or DELEGATING_SCHEME.
     */
    static void principal(Api accountant, int year, String code, String type, String agreementJson) {
        accountant.post("api/fiscal-years", "{\"year\":" + year + "}");
        String scheme = type.equals("DELEGATING_SCHEME") ? ",\"schemeKind\":\"MUTUELLE\"" : "";
        if (accountant.post("api/parties", "{\"code\":\"" + code + "\",\"type\":\"" + type + "\",\"name\":\"" + code + " (test)\"" + scheme + "}")
                .status() == 201) {
            Api.Reply agreement = accountant.post("api/principals/" + code + "/agreements", agreementJson);
            if (agreement.status() != 201) {
                throw new AssertionError(agreement.toString());
            }
        }
    }

    static void provider(Api accountant, String code) {
        accountant.post("api/parties", "{\"code\":\"" + code + "\",\"type\":\"PROVIDER\",\"name\":\"" + code
                + " (test)\",\"conventionType\":\"PRIVATE_FACILITY\",\"paymentTermDays\":30}");
    }
}
