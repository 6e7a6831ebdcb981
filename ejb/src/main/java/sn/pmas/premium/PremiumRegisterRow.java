package sn.pmas.premium;

/**
 * One row of a premium register. A dimension the register is not grouped by is null; so is the
 * group of quittances issued without a subscriber group.
 *
 * @param month yyyy-MM
 */
public record PremiumRegisterRow(String insurerCode, String insurerName, String groupCode, String groupName,
                                 String product, String month, RegisterAmounts amounts) {
}
