package sn.pmas.platform;

/**
 * A stable reason for refusing a request, as each sub-ledger declares its own in an enum
 * ({@code sn.pmas.ledger.Rejection}, {@code sn.pmas.sig.SigRejection}): clients match on the
 * code, docs/errors.md lists it, and it answers with one HTTP status and a French title.
 */
public interface ProblemCode {

    /** What an enum constant of refusal declares. */
    record Definition(String code, int httpStatus, String title) {
    }

    Definition definition();

    default String code() {
        return definition().code();
    }

    default int httpStatus() {
        return definition().httpStatus();
    }

    /** French title shown to users; the detail of each refusal says what exactly was wrong. */
    default String title() {
        return definition().title();
    }
}
