/**
 * The accountants' web UI (Jakarta Faces pages under {@code /ui}, French): backing beans that
 * read the ledger through its query EJBs, the francs formatter the pages share, and logout.
 * The pages only read; every write goes through the REST API and the ledger's posting service.
 */
package sn.pmas.web.ui;
