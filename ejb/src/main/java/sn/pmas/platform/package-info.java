/** Start-up plumbing: schema migrations and the demo data set. */
package sn.pmas.platform;
