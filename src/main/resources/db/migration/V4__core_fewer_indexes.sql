-- Every booking commit rewrites each index leaf it touched, and person keys are random: an index
-- on person_key alone costs one more random leaf per booking. Lookups by person always name the
-- campaign, which bookings_one_active (campaign_id, person_key, active) already serves.
DROP INDEX bookings_by_person;

-- The stock primary key (campaign_id, clinic_id, vaccination_date, tranche) already serves
-- lookups by campaign and clinic; a second index only slows the demo load and allocations.
DROP INDEX stock_by_clinic;
