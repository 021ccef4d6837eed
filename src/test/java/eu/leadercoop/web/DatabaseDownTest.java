package eu.leadercoop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * While the database cannot be reached, the API and the pages answer 503 with Retry-After (they hung 30 s and
 * answered 500), for each way the failure reaches a controller: no transaction, Spring's and Hibernate's
 * connection failures, the pool's time-out.
 */
class DatabaseDownTest {

    @Test
    void theApiAnswers503WithRetryAfter() {
        ResponseEntity<?> answer = new ApiErrors().databaseDown();
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("30");
    }

    @Test
    void pagesAnswer503WithRetryAfter() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        ModelAndView page = new PageErrors().databaseDown(response);
        assertThat(page.getStatus()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(response.getHeader("Retry-After")).isEqualTo("30");
    }

    @Test
    void bothHandleEveryWayAConnectionFailureArrives() throws Exception {
        for (Class<?> advice : new Class<?>[]{ApiErrors.class, PageErrors.class}) {
            Method handler = java.util.Arrays.stream(advice.getDeclaredMethods())
                    .filter(m -> m.getName().equals("databaseDown")).findFirst().orElseThrow();
            assertThat(handler.getAnnotation(ExceptionHandler.class).value()).contains(CannotCreateTransactionException.class,
                    org.springframework.dao.DataAccessResourceFailureException.class,
                    org.hibernate.exception.JDBCConnectionException.class, SQLTransientConnectionException.class);
        }
    }
}
