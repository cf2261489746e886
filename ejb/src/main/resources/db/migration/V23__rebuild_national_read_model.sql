-- V20 and V21 added tables to the national read model that a deployment upgraded from an earlier version has
-- empty, while the region-year rows they hang on already exist. The read model is derived data: emptying it lets
-- the portal rebuild every table of it at start-up from the regions' own data (NationalRebuild.rebuildIfEmpty),
-- the same computation the events drive, instead of showing dashes until each region's next change.
truncate national_region_type_direction, national_region_type, national_region_pace, national_region_direction,
    national_region_step, national_region_year;
