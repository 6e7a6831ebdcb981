package sn.pmas.yearend;

/**
 * The year's result as the closing would book it: the net of its charges (class 6), products
 * (class 7) and HAO items (class 8), each signed positive when it adds to the result.
 *
 * @param result positive an excess (to 131), negative a deficit (to 139)
 */
public record ResultPreview(int year, long charges, long products, long otherItems, long result, String resultAccount) {

    static ResultPreview of(int year, long charges, long products, long otherItems) {
        long result = products - charges + otherItems;
        return new ResultPreview(year, charges, products, otherItems, result,
                result >= 0 ? YearEndAccounts.EXCESS : YearEndAccounts.DEFICIT);
    }

    public boolean excess() {
        return result >= 0;
    }
}
