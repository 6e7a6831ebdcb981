<%@ page contentType="text/plain; charset=UTF-8" import="java.lang.reflect.*,java.util.*" %><%--
  Calls one method of one of the ledger's beans as the logged-in user, with empty arguments, and
  says how the call ended: the bean's own role check answers before any argument is read.
  Test-only (EjbRoleIT); never part of the application.
--%><%
    Object bean = new javax.naming.InitialContext().lookup("java:global/pmas-ledger/pmas-ledger-ejb/"
            + request.getParameter("bean"));
    Method target = null;
    for (Method method : bean.getClass().getMethods()) {
        if (method.getName().equals(request.getParameter("method"))
                && method.getParameterCount() == Integer.parseInt(request.getParameter("arity"))) {
            target = method;
        }
    }
    Object[] arguments = new Object[target.getParameterCount()];
    for (int i = 0; i < arguments.length; i++) {
        Class<?> type = target.getParameterTypes()[i];
        arguments[i] = type == long.class ? (Object) 0L : type == int.class ? (Object) 0 : type == boolean.class ? (Object) false
                : type == List.class ? List.of() : type == Map.class ? Map.of() : null;
    }
    try {
        target.invoke(bean, arguments);
        out.print("returned");
    } catch (InvocationTargetException e) {
        out.print(e.getCause().getClass().getName());
    }
%>
