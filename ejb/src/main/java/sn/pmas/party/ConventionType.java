package sn.pmas.party;

/**
 * The provider's convention: the framework it falls under (Ministry of Health for public
 * facilities, pharmacists' union for pharmacies) and, for the incentive, its ranking.
 */
public enum ConventionType { HOSPITAL, PUBLIC_FACILITY, PRIVATE_FACILITY, PHARMACY }
