/**
 * The directors' dashboard (docs/dashboard.md): the pool's figures on one date, each read by the
 * same bean as the page it links to — bank positions, working funds, held cheques, arrears, budget
 * against actual, management income, open alerts — never derived a second way.
 */
package sn.pmas.dashboard;
