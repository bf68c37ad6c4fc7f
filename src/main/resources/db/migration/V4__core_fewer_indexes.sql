-- Every booking commit rewrites each index leaf it touched, and person keys are random: an index
-- on person_key alone costs one more random leaf per booking. Lookups by person always name the
-- campaign, which bookings_one_active (campaign_id, person_key, active) already serves.
DROP INDEX bookings_by_person;
