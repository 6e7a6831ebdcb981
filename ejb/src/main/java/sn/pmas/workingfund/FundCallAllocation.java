package sn.pmas.workingfund;

import java.util.ArrayList;
import java.util.List;

/**
 * How one receipt of funds settles its principal's open fund calls: the oldest call first, each
 * up to what it still awaits; what is left over is simply funds received, answering no call.
 */
final class FundCallAllocation {

    /** A call still awaiting {@code outstanding} francs. */
    record OpenCall(long callId, long outstanding) {
    }

    /** The part of the receipt that goes to one call. */
    record Share(long callId, long amount) {
    }

    /** The shares, in the order of the calls, and the surplus answering no call. */
    record Result(List<Share> shares, long surplus) {
    }

    private FundCallAllocation() {
    }

    /**
     * @param received    the receipt's amount, positive
     * @param oldestFirst the principal's open calls, oldest first, each with a positive outstanding amount
     */
    static Result allocate(long received, List<OpenCall> oldestFirst) {
        if (received <= 0) {
            throw new IllegalArgumentException("A receipt is positive: " + received);
        }
        List<Share> shares = new ArrayList<>();
        long left = received;
        for (OpenCall call : oldestFirst) {
            if (left == 0) {
                break;
            }
            if (call.outstanding() <= 0) {
                throw new IllegalArgumentException("Call " + call.callId() + " is not open: outstanding " + call.outstanding());
            }
            long share = Math.min(left, call.outstanding());
            shares.add(new Share(call.callId(), share));
            left -= share;
        }
        return new Result(List.copyOf(shares), left);
    }
}
