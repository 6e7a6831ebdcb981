package sn.pmas.web.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/**
 * What a page's action tells the user. Done: the message survives the redirect that follows
 * (post-redirect-get, so that reloading the page does not act twice). Refused: the same page
 * again, with the reason.
 */
final class ActionMessages {

    private ActionMessages() {
    }

    /** The outcome of a done action: {@code page} is the view to redirect to, with its query string. */
    static String done(FacesContext faces, String message, String page) {
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
        return page + (page.contains("?") ? "&" : "?") + "faces-redirect=true";
    }

    /** The outcome of a refused action: stay on the page. */
    static String refused(FacesContext faces, String reason) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, reason, null));
        return null;
    }
}
