-- Exercise 3: JOIN.
--
-- A clutch is complete when the nest reached two eggs (nests.clutch_completion is
-- 'Yes' or 'No'). For every species in the species table, give its common_name
-- and incomplete: the number of its nests whose clutch was not completed. A species
-- with no such nest must still appear, with 0. Any row order is fine.

-- TODO: write your query below
