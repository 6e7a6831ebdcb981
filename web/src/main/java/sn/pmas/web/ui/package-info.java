/**
 * The accountants' web UI (Jakarta Faces pages under {@code /ui}, French): backing beans that
 * read through the query EJBs, the formatters the pages share (francs, dates, event types), and
 * logout. Pages are GETs with their choices in the query string (bookmarkable). The few writes a
 * page offers — acknowledging an alert, issuing a fund call — are Faces forms (their view state
 * guards against cross-site posts) calling the same services as the REST API; the event import
 * is sent by the page's script to the REST API itself, for its upload progress.
 */
package sn.pmas.web.ui;
