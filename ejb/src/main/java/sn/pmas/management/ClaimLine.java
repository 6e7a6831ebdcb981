package sn.pmas.management;

/**
 * A line of a claims breakdown (a provider category, a provider, a contract, a member file): how
 * many claims were charged to the principal in the span and not withdrawn by its end, their total
 * and how much of it was paid by the end of the span (whole francs).
 */
public record ClaimLine(String label, long claims, long amount, long paid) {

    ClaimLine plus(long claims, long amount, long paid) {
        return new ClaimLine(label, this.claims + claims, this.amount + amount, this.paid + paid);
    }
}
