-- Exercise 5: a window function.
--
-- On each island, rank the penguins by flipper_length_mm, longest first, where
-- penguins with equal flippers share a rank and the next rank skips (1, 2, 2, 4).
-- Return island, individual_id, study, flipper_length_mm and flipper_rank for the
-- penguins ranked 3 or better, ordered by island, then flipper_rank, then study,
-- then individual_id. Penguins whose flipper was not measured are left out.

-- TODO: write your query below
