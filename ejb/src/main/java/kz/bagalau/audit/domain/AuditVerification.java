package kz.bagalau.audit.domain;

/**
 * The outcome of walking every hash chain.
 *
 * @param ok      true when every entry matches its hash and links to its predecessor
 * @param entries how many entries were checked (up to and including the first broken one)
 */
public record AuditVerification(boolean ok, long entries, Long brokenId, String brokenChain, Long brokenSeq,
                                String problem) {
}
