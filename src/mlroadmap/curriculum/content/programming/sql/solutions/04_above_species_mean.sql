-- Exercise 4: a correlated subquery.
--
-- A penguin's species is stored with its nest. List the individual_id, study and
-- body_mass_g of every penguin that is heavier than the mean body mass of its own
-- species (penguins whose mass was not measured are not in that mean and are not
-- listed). Any row order is fine.

SELECT p.individual_id, p.study, p.body_mass_g
FROM penguins AS p
JOIN nests AS n ON n.study = p.study AND n.nest = p.nest
WHERE p.body_mass_g > (
  SELECT AVG(p2.body_mass_g)
  FROM penguins AS p2
  JOIN nests AS n2 ON n2.study = p2.study AND n2.nest = p2.nest
  WHERE n2.species_id = n.species_id
);
