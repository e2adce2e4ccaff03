-- Exercise 2: GROUP BY and aggregates.
--
-- For each sex, leaving out the penguins whose sex was not recorded (NULL), give
-- three columns: sex, n (how many penguins) and mean_mass (their mean body_mass_g;
-- a penguin whose mass was not measured counts in n but not in the mean).
-- Any row order is fine.

-- TODO: write your query below
