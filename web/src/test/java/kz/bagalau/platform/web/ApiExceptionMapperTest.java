package kz.bagalau.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import kz.bagalau.shared.domain.ConcurrentChange;
import kz.bagalau.shared.domain.NotFoundException;
import kz.bagalau.shared.web.ApiError;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** How the API answers refusals: a lost edit race is 409 with a message, never a 500. */
class ApiExceptionMapperTest {

    private final ApiExceptionMapper mapper = new ApiExceptionMapper();

    @Test
    @DisplayName("An edit made on a record someone else changed since is 409")
    void should_answer_a_stale_edit_with_409() {
        Response r = mapper.toResponse(new ConcurrentChange("Conclusion", 7));

        assertThat(r.getStatus()).isEqualTo(409);
        assertThat(((ApiError) r.getEntity()).error()).isEqualTo("conflict");
        assertThat(((ApiError) r.getEntity()).message()).contains("басқа біреу өзгертті");
    }

    @Test
    @DisplayName("The database's optimistic lock, wrapped by the EJB container at commit, is 409 too")
    void should_answer_an_optimistic_lock_failure_at_commit_with_409() {
        Response r = mapper.toResponse(new EJBTransactionRolledbackException("commit failed",
                new OptimisticLockException("version changed")));

        assertThat(r.getStatus()).isEqualTo(409);
    }

    @Test
    @DisplayName("A record outside the caller's region stays 404")
    void should_keep_answering_a_missing_record_with_404() {
        assertThat(mapper.toResponse(new NotFoundException("Conclusion", 7)).getStatus()).isEqualTo(404);
    }
}
