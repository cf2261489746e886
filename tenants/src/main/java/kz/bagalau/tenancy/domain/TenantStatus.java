package kz.bagalau.tenancy.domain;

/** Whether a region works: a suspended region keeps its data, but nobody of it logs in and its deadlines pause. */
public enum TenantStatus {
    ACTIVE,
    SUSPENDED
}
