package sn.pmas.management;

import java.math.BigDecimal;

/**
 * One principal's part of the pool's revenue over a year: the management commissions taken on its
 * premiums (net of those given back) and the fees taken on its funds, and its share of the total in
 * percent (two decimals; the shares sum to exactly 100).
 */
public record RevenueShare(String principal, String principalName, String principalType, long commissions, long fees, long revenue,
                           BigDecimal share) {
}
