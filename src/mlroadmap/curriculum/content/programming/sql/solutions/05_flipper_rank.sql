-- Exercise 5: a window function.
--
-- On each island, rank the penguins by flipper_length_mm, longest first, where
-- penguins with equal flippers share a rank and the next rank skips (1, 2, 2, 4).
-- Return island, individual_id, study, flipper_length_mm and flipper_rank for the
-- penguins ranked 3 or better, ordered by island, then flipper_rank, then study,
-- then individual_id. Penguins whose flipper was not measured are left out.

SELECT island, individual_id, study, flipper_length_mm, flipper_rank
FROM (
  SELECT n.island, p.individual_id, p.study, p.flipper_length_mm,
         RANK() OVER (PARTITION BY n.island ORDER BY p.flipper_length_mm DESC) AS flipper_rank
  FROM penguins AS p
  JOIN nests AS n ON n.study = p.study AND n.nest = p.nest
  WHERE p.flipper_length_mm IS NOT NULL
)
WHERE flipper_rank <= 3
ORDER BY island, flipper_rank, study, individual_id;
