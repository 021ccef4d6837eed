package eu.leadercoop.reports.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** 400 problem documents shaped like the rest of the API's: {@code errors[{field, code, message}]}. */
final class ApiProblems {

    private ApiProblems() {
    }

    static ProblemDetail badParameter(String field, String code, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        problem.setTitle("Invalid input");
        problem.setProperty("errors", List.of(Map.of("field", field, "code", code, "message", message)));
        return problem;
    }
}
