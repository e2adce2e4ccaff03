-- Exercise 3: JOIN.
--
-- A clutch is complete when the nest reached two eggs (nests.clutch_completion is
-- 'Yes' or 'No'). For every species in the species table, give its common_name
-- and incomplete: the number of its nests whose clutch was not completed. A species
-- with no such nest must still appear, with 0. Any row order is fine.

SELECT s.common_name, COUNT(n.nest) AS incomplete
FROM species AS s
LEFT JOIN nests AS n
  ON n.species_id = s.species_id AND n.clutch_completion = 'No'
GROUP BY s.species_id, s.common_name;
