package sn.pmas.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every resource that writes goes through the one retry of lost races: a new resource cannot forget it. */
class WriteResourcesTest {

    @Test
    void everyResourceThatWritesRetriesALostRace() throws IOException, ClassNotFoundException {
        List<Class<?>> resources = resources();
        assertTrue(resources.size() > 10, "resources found: " + resources);
        List<String> unguarded = resources.stream()
                .filter(resource -> Arrays.stream(resource.getMethods()).anyMatch(WriteResourcesTest::writes))
                .filter(resource -> !resource.isAnnotationPresent(RetryLostRace.class))
                .map(Class::getSimpleName).toList();
        assertEquals(List.of(), unguarded, "write resources without @RetryLostRace");
    }

    /** The auditor reads everything and writes nothing: no POST, PUT or DELETE admits the role, by itself or by its class. */
    @Test
    void noResourceMethodThatWritesAdmitsTheAuditor() throws IOException, ClassNotFoundException {
        List<String> open = resources().stream()
                .flatMap(resource -> Arrays.stream(resource.getMethods()).filter(WriteResourcesTest::writes)
                        .filter(method -> rolesOf(resource, method).contains(Roles.AUDITOR))
                        .map(method -> resource.getSimpleName() + "." + method.getName()))
                .toList();
        assertEquals(List.of(), open, "write methods the auditor may call");
    }

    private static List<String> rolesOf(Class<?> resource, Method method) {
        RolesAllowed roles = method.isAnnotationPresent(RolesAllowed.class) ? method.getAnnotation(RolesAllowed.class)
                : resource.getAnnotation(RolesAllowed.class);
        assertTrue(roles != null || method.isAnnotationPresent(PermitAll.class) || resource.isAnnotationPresent(PermitAll.class),
                resource.getSimpleName() + "." + method.getName() + " declares no roles");
        return roles == null ? List.of(Roles.AUDITOR) : List.of(roles.value());
    }

    private static boolean writes(Method method) {
        return method.isAnnotationPresent(POST.class) || method.isAnnotationPresent(PUT.class) || method.isAnnotationPresent(DELETE.class);
    }

    private static List<Class<?>> resources() throws IOException, ClassNotFoundException {
        String pkg = WriteResourcesTest.class.getPackageName();
        java.nio.file.Path classes = Paths.get("target", "classes", pkg.replace('.', '/'));
        List<Class<?>> found = new java.util.ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.list(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                Class<?> type = Class.forName(pkg + "." + file.getFileName().toString().replace(".class", ""), false,
                        WriteResourcesTest.class.getClassLoader());
                if (type.isAnnotationPresent(Path.class)) {
                    found.add(type);
                }
            }
        }
        return found;
    }
}
