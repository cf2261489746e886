package kz.bagalau.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import kz.bagalau.evaluation.domain.FileStore;
import kz.bagalau.shared.infrastructure.Sha256;
import kz.bagalau.tenancy.context.TenantContext;
import kz.bagalau.tenancy.infrastructure.TenantEntityManager;
import org.eclipse.persistence.config.QueryHints;

/**
 * File content in table {@code stored_file}, keyed by region and SHA-256: kept in PostgreSQL so the
 * database backup covers every document, stored once however often it is attached, and behind row-level
 * security like every other region's data.
 */
@ApplicationScoped
public class SqlFileStore implements FileStore {

    @Inject
    private TenantEntityManager tenantEm;

    @Override
    public String put(byte[] content) {
        String sha = sha256(content);
        tenantEm.get().createNativeQuery("insert into stored_file (tenant_id, sha256, size, content) "
                        + "values (?1, ?2, ?3, ?4) on conflict (tenant_id, sha256) do nothing")
                .setParameter(1, TenantContext.require().tenantCode())
                .setParameter(2, sha)
                .setParameter(3, (long) content.length)
                .setParameter(4, content)
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, Boolean.TRUE)
                .executeUpdate();
        return sha;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<byte[]> get(String sha256) {
        List<byte[]> rows = tenantEm.get().createNativeQuery("select content from stored_file where sha256 = ?1")
                .setParameter(1, sha256)
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, Boolean.TRUE)
                .getResultList();
        return rows.stream().findFirst();
    }

    public static String sha256(byte[] content) {
        return Sha256.hex(content);
    }
}
