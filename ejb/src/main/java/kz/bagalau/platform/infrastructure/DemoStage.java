package kz.bagalau.platform.infrastructure;

/**
 * How far a region's demo cycle of a year has come. The finished year shows every step; the year under way
 * shows regions at different steps, some of them late, so that the progress pages and breaches have content.
 */
enum DemoStage {
    /** Published (¶54): every step done, with appeals accepted, rejected and answered automatically. */
    COMPLETE,
    /** Reporting: most bodies submitted, some still drafting after the deadline. */
    REPORTING,
    /** Evaluation: most conclusions sent, some still being verified after 1 June. */
    EVALUATION,
    /** Appeals: every conclusion sent, appeals filed and in their commissions. */
    APPEALS,
    /** Final conclusions with the planning body; the general evaluation assembled, an expert's opinion in. */
    FINAL,
    /** The general evaluation went to the commission and the bodies were notified (¶49). */
    GENERAL_SUBMITTED;

    /** How far one body of the region got: its index decides, so reruns give the same picture. */
    Progress progressOf(int bodyIndex) {
        return switch (this) {
            case REPORTING -> bodyIndex % 4 == 0 ? Progress.DRAFTING : bodyIndex % 4 == 1 ? Progress.VERIFYING
                    : Progress.SUBMITTED;
            case EVALUATION -> bodyIndex % 3 == 0 ? Progress.VERIFYING : Progress.CONCLUDED;
            default -> Progress.CONCLUDED;
        };
    }

    /** One body's progress within the year. */
    enum Progress { DRAFTING, SUBMITTED, VERIFYING, CONCLUDED }
}
