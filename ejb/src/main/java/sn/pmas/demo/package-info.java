/**
 * A believable year 2025 of the pool, loaded on an empty database when the server runs with
 * {@code -Dpmas.demo=true}: the six insurers, schemes, groups, providers, and a few hundred
 * balanced entries posted through the ledger's posting service like any other.
 */
package sn.pmas.demo;
