-- Indicator units become codes of a glossary named in kk, ru and en (unit.<code> in the bundles), so a unit
-- reads in the reader's language. Units named by their Kazakh, Russian or English name are mapped to their
-- code; any other unit stays as it was typed and is shown as typed. Published methodologies are immutable
-- (V5's trigger); this changes how their units are written, not what they measure, so the guard is lifted
-- for this one statement.
alter table methodology_indicator disable trigger indicator_immutable;

update methodology_indicator set unit = case lower(btrim(unit))
        when '%' then 'percent'
        when '% жоспардан' then 'percent_of_plan'
        when '% от плана' then 'percent_of_plan'
        when '% of plan' then 'percent_of_plan'
        when 'дана' then 'count'
        when 'единиц' then 'count'
        when 'units' then 'count'
        when 'иә/жоқ' then 'yes_no'
        when 'да/нет' then 'yes_no'
        when 'yes/no' then 'yes_no'
        when 'күн' then 'days'
        when 'дней' then 'days'
        when 'days' then 'days'
        when 'адам' then 'persons'
        when 'человек' then 'persons'
        when 'млн теңге' then 'mln_kzt'
        when 'млн тенге' then 'mln_kzt'
        when 'мың теңге' then 'thousand_kzt'
        when 'тыс. тенге' then 'thousand_kzt'
        when 'мың м²' then 'thousand_m2'
        when 'тыс. м²' then 'thousand_m2'
        when 'thousand m²' then 'thousand_m2'
        else unit end;

alter table methodology_indicator enable trigger indicator_immutable;
