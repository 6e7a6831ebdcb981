/**
 * Third parties of the pool: the six insurers and the delegating schemes (the principals), the
 * subscriber groups, the conventioned care providers and the brokers. Each party has exactly one
 * auxiliary account, under the control account of its type.
 */
package sn.pmas.party;
