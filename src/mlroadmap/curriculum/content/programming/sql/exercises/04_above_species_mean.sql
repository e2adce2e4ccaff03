-- Exercise 4: a correlated subquery.
--
-- A penguin's species is stored with its nest. List the individual_id, study and
-- body_mass_g of every penguin that is heavier than the mean body mass of its own
-- species (penguins whose mass was not measured are not in that mean and are not
-- listed). Any row order is fine.

-- TODO: write your query below
