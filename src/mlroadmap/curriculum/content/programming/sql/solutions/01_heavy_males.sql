-- Exercise 1: SELECT and WHERE.
--
-- The database holds three tables from the Palmer penguins study (see the lesson):
--   penguins(sample_number, study, nest, individual_id, sex, bill_length_mm,
--            bill_depth_mm, flipper_length_mm, body_mass_g)
--   nests(study, nest, island, species_id, clutch_completion, date_egg)
--   species(species_id, common_name, latin_name)
--
-- List the heavy males: the individual_id, study and body_mass_g of every male
-- penguin that weighs at least 5000 g. Sex is stored as MALE, FEMALE or NULL.
-- Any row order is fine.

SELECT individual_id, study, body_mass_g
FROM penguins
WHERE sex = 'MALE' AND body_mass_g >= 5000;
