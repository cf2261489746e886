/**
 * The national level (¶11, ¶53): the projection that keeps each region's rows of the national read model in
 * the same transaction as the regional change (a listener of the regional domain events), its rebuild from the
 * regional data, and the ministry's read services over all regions.
 */
package kz.bagalau.national.application;
