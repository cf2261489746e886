package kz.bagalau.evaluation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.bagalau.evaluation.application.WhatIfReplay;
import kz.bagalau.evaluation.application.WhatIfService;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.identity.web.CurrentUser;
import kz.bagalau.shared.domain.NotFoundException;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.shared.web.FacesMessages;
import kz.bagalau.tenancy.application.TenantDirectory;
import kz.bagalau.tenancy.application.TenantSummary;

/**
 * The methodology what-if page (ministry): a draft methodology replayed on last year's verified values, the
 * regions and their bodies side by side with what was really scored; a region can be picked to list its bodies.
 */
@Named
@ViewScoped
public class WhatIfBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private WhatIfService whatIf;

    @Inject
    private TenantDirectory tenants;

    @Inject
    private CurrentUser currentUser;

    private Long methodology;
    private String region;
    private WhatIfReplay replay;
    private Map<String, TenantSummary> regions;

    public void load() {
        currentUser.requireAnyOf("whatif", Role.Names.MINISTRY);
        if (methodology == null) {
            throw new NotFoundException("Methodology", "(none)");
        }
        try {
            replay = whatIf.replay(methodology);
        } catch (RuleViolation e) {
            FacesMessages.refused(e);
        }
        regions = tenants.all().stream().collect(Collectors.toMap(TenantSummary::code, Function.identity()));
        if (region == null && replay != null && !replay.regions().isEmpty()) {
            region = replay.regions().get(0).tenantCode();
        }
    }

    public String regionName(String code, Locale locale) {
        TenantSummary t = regions == null ? null : regions.get(code);
        return t == null ? code : t.name(locale);
    }

    /** The bodies of the chosen region. */
    public List<WhatIfReplay.BodyLine> getBodies() {
        return replay == null ? List.of()
                : replay.bodies().stream().filter(b -> b.tenantCode().equals(region)).toList();
    }

    public WhatIfReplay getReplay() {
        return replay;
    }

    public Long getMethodology() {
        return methodology;
    }

    public void setMethodology(Long methodology) {
        this.methodology = methodology;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }
}
