package kz.bagalau.tenancy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TenantTest {

    private static final RegionNames NAMES = new RegionNames("Ұлытау облысы", "Улытауская область", "Ulytau Region",
            "Жезқазған", "Жезказган", "Zhezkazgan");
    private static final Instant NOW = Instant.parse("2026-12-08T05:00:00Z");

    @Test
    void should_create_an_active_region_with_the_national_defaults() {
        Tenant t = Tenant.create("ulytau-2", TenantType.OBLAST, NAMES, "Asia/Almaty", NOW);

        assertThat(t.suspended()).isFalse();
        assertThat(t.defaultLocale()).isEqualTo("kk");
        assertThat(t.reminderOffsets()).containsExactly(14, 7, 3, 1, 0);
        assertThat(t.zone().getId()).isEqualTo("Asia/Almaty");
    }

    @Test
    void should_refuse_a_code_that_is_not_a_lower_case_slug_and_a_missing_name() {
        assertThatThrownBy(() -> Tenant.create("Ulytau", TenantType.OBLAST, NAMES, "Asia/Almaty", NOW))
                .isInstanceOfSatisfying(TenantRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("tenant.code.invalid"));
        RegionNames partial = new RegionNames("Ұлытау", "Улытау", " ", "Жезқазған", "Жезказган", "Zhezkazgan");
        assertThatThrownBy(() -> Tenant.create("ulytau-3", TenantType.OBLAST, partial, "Asia/Almaty", NOW))
                .isInstanceOfSatisfying(TenantRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("tenant.names.required"));
    }

    @Test
    void should_keep_reminder_days_sorted_unique_and_within_sixty() {
        assertThat(Tenant.parseOffsets(" 1, 7,3,7 ,0")).containsExactly(7, 3, 1, 0);
        for (String bad : new String[] {"", "x", "61", "-1", "1,2,3,4,5,6,7,8,9,10,11"}) {
            assertThatThrownBy(() -> Tenant.parseOffsets(bad)).as(bad).isInstanceOf(TenantRuleException.class);
        }
    }

    @Test
    void should_configure_settings_only_when_all_of_them_are_valid() {
        Tenant t = Tenant.create("ulytau-2", TenantType.OBLAST, NAMES, "Asia/Almaty", NOW);

        assertThatThrownBy(() -> t.configure(new TenantSettings("Asia/Qostanay", "ru", "Ұлытау", "bad-address", "7,1",
                "#ABCDEF"))).isInstanceOfSatisfying(TenantRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("tenant.replyTo.invalid"));
        assertThat(t.defaultLocale()).as("nothing changed").isEqualTo("kk");

        t.configure(new TenantSettings("Asia/Qostanay", "ru", "Ұлытау", "info@ulytau.gov.kz", "7,1", "#ABCDEF"));
        assertThat(t.brandColour()).isEqualTo("#abcdef");
        assertThat(t.reminderOffsets()).containsExactly(7, 1);
        assertThat(t.mailReplyTo()).isEqualTo("info@ulytau.gov.kz");
    }

    @Test
    void should_suspend_with_a_reason_and_resume() {
        Tenant t = Tenant.create("ulytau-2", TenantType.OBLAST, NAMES, "Asia/Almaty", NOW);

        assertThatThrownBy(() -> t.suspend(" ")).isInstanceOf(TenantRuleException.class);
        t.suspend("Реформа");
        assertThat(t.suspended()).isTrue();
        assertThat(t.suspendedReason()).isEqualTo("Реформа");
        assertThatThrownBy(() -> t.suspend("again")).isInstanceOf(TenantRuleException.class);
        t.resume();
        assertThat(t.suspended()).isFalse();
        assertThat(t.suspendedReason()).isNull();
    }
}
