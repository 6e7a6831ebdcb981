package sn.pmas.audittrail;

/**
 * The first place where a chain does not hold: which journal, which number, which entry (null
 * when the entry itself is gone), what is wrong ({@code problem}, stable) and in French.
 */
public record ChainBreak(String journal, long number, Long entryId, String problem, String message) {

    static final String ALTERED = "entry-altered";
    static final String CHAIN_BROKEN = "chain-broken";
    static final String NUMBER_MISSING = "number-missing";
    static final String TAIL_MISSING = "tail-missing";
    static final String UNSEALED = "entry-unsealed";
}
