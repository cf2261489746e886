package kz.bagalau.registry.domain;

import java.util.List;
import java.util.Optional;
import kz.bagalau.shared.domain.NotFoundException;

/** The bodies of the current region. */
public interface ExecutiveBodyRepository {

    List<ExecutiveBody> all();

    Optional<ExecutiveBody> findById(long id);

    Optional<ExecutiveBody> findByCode(String code);

    ExecutiveBody add(ExecutiveBody body);

    void remove(ExecutiveBody body);

    /** Makes pending changes visible to the database now, so constraint violations surface in this call. */
    void flush();

    default ExecutiveBody getById(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("Executive body", id));
    }
}
