package kz.bagalau.evaluation.domain;

/**
 * The three documents whose format the central ministry sets (¶50): a direction's conclusion sent to a body (¶47),
 * the state planning body's general-evaluation conclusion (¶12, ¶49), and the Regional Expert Commission's expert
 * conclusion (¶51). Each has its own layout per language and its own shipped default ({@code resource}).
 */
public enum LayoutKind {
    DIRECTION_CONCLUSION("template"),
    GENERAL_EVALUATION("general"),
    COMMISSION_CONCLUSION("commission");

    private final String resource;

    LayoutKind(String resource) {
        this.resource = resource;
    }

    /** The shipped layout's file name without language and extension ({@code conclusion/<resource>_<lang>.html}). */
    public String resource() {
        return resource;
    }
}
