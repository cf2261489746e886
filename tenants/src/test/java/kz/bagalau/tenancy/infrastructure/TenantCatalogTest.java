package kz.bagalau.tenancy.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.bagalau.tenancy.context.TenantAccess;
import kz.bagalau.tenancy.domain.TenantType;
import org.junit.jupiter.api.Test;

class TenantCatalogTest {

    private final List<TenantCatalog.Entry> catalogue = TenantCatalog.load();

    @Test
    void should_list_the_17_oblasts_two_republican_cities_and_the_capital() {
        Map<TenantType, Long> byType = catalogue.stream()
                .collect(Collectors.groupingBy(TenantCatalog.Entry::type, Collectors.counting()));

        assertThat(catalogue).hasSize(20);
        assertThat(byType).containsEntry(TenantType.OBLAST, 17L)
                .containsEntry(TenantType.REPUBLICAN_CITY, 2L)
                .containsEntry(TenantType.CAPITAL, 1L);
    }

    @Test
    void should_give_every_region_a_unique_valid_code_and_names_in_three_languages() {
        Map<String, TenantCatalog.Entry> byCode = catalogue.stream()
                .collect(Collectors.toMap(TenantCatalog.Entry::code, Function.identity()));

        assertThat(byCode).hasSize(20)
                .containsKeys("karaganda", "north-kazakhstan", "astana", "almaty", "shymkent", "almaty-region");
        assertThat(catalogue).allSatisfy(e -> {
            assertThat(TenantAccess.readWrite(e.code()).tenantCode()).isEqualTo(e.code());
            assertThat(e.nameKk()).isNotBlank();
            assertThat(e.nameRu()).isNotBlank();
            assertThat(e.nameEn()).isNotBlank();
            assertThat(e.zone().getId()).startsWith("Asia/");
        });
        assertThat(byCode.get("karaganda").nameKk()).isEqualTo("Қарағанды облысы");
        assertThat(byCode.get("astana").type()).isEqualTo(TenantType.CAPITAL);
    }
}
