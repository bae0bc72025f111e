package org.oneform.app.api;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** Writing problem documents: as a controller's answer, or straight to a response from a security filter. */
public final class Problems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {
    }

    public static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    /**
     * Writes a problem from a filter (no controller involved), e.g. 401 from a bearer-token chain; a 401 gets
     * {@code WWW-Authenticate: Bearer realm="<realm>"}.
     */
    public static void write(HttpServletResponse response, ApiProblem problem, String detail, String realm,
                             Map<String, Object> more) throws IOException {
        response.setStatus(problem.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (problem.status().value() == 401) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"" + realm + "\"");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.type().toString());
        body.put("title", problem.title());
        body.put("status", problem.status().value());
        body.put("code", problem.code());
        body.put("detail", detail);
        body.putAll(more);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.writeValueAsString(body));
    }
}
