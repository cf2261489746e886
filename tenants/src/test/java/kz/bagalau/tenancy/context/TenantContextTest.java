package kz.bagalau.tenancy.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TenantContextTest {

    @AfterEach
    void nothing_leaks_between_tests() {
        assertThat(TenantContext.current()).isEmpty();
    }

    @Test
    void should_fail_closed_when_no_tenant_is_set() {
        assertThatThrownBy(TenantContext::require).isInstanceOf(NoTenantException.class);
    }

    @Test
    void should_restore_the_previous_tenant_when_a_nested_scope_closes() {
        try (TenantContext.Scope outer = TenantContext.open(TenantAccess.readWrite("abai"))) {
            TenantContext.runAs(TenantAccess.readOnly("astana"),
                    () -> assertThat(TenantContext.require()).isEqualTo(TenantAccess.readOnly("astana")));
            assertThat(TenantContext.require().tenantCode()).isEqualTo("abai");
        }
    }

    @Test
    void should_clear_the_tenant_even_when_the_work_fails() {
        assertThatThrownBy(() -> TenantContext.runAs(TenantAccess.readWrite("abai"), () -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
    }

    @Test
    void should_refuse_an_empty_or_malformed_tenant_code() {
        assertThatThrownBy(() -> TenantAccess.readWrite("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TenantAccess.readWrite("Astana")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TenantAccess.readWrite("a'; drop table x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
