/**
 * Administration (issue 11): the platform administrator creates, renames, configures, suspends and resumes regions;
 * each region's administrator (REGION_ADMIN) manages the region's users. It sits at the top of the context map,
 * beside the deadlines, because provisioning a region touches identity, registry and the cycle's calendar at once.
 */
package kz.bagalau.administration;
