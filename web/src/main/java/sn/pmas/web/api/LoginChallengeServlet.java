package sn.pmas.web.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The FORM login page of web.xml. Browsers get the French login form; a program whose BASIC
 * credentials were refused on the API gets 401 problem+json instead of an HTML page (the
 * container forwards every failed authentication here, whatever mechanism failed).
 */
@WebServlet("/login")
public class LoginChallengeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Object original = request.getAttribute(RequestDispatcher.FORWARD_SERVLET_PATH);
        if (original != null && original.toString().startsWith("/api")) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"ApplicationRealm\"");
            response.setContentType("application/problem+json");
            response.getOutputStream().write("""
                    {"type":"urn:pmas:problem:auth.failed","title":"Identification refusée","status":401,\
                    "detail":"Nom d'utilisateur ou mot de passe incorrect.","code":"auth.failed"}"""
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        String error = request.getParameter("error") != null ? "?error=true" : "";
        request.getRequestDispatcher("/login.xhtml" + error).forward(request, response);
    }
}
