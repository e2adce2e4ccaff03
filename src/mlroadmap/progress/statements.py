"""Every query of the progress store, as portable SQL with named parameters.

These strings are the only copy: the SQLite driver runs them through the standard
library's ``sqlite3``, the SQLAlchemy driver through ``text()`` on any database.
"""

RECORD_ATTEMPT = """
INSERT INTO attempts (exercise_id, at, verdict, duration_ms, hint_level)
SELECT :exercise_id, :at, :verdict, :duration_ms, COALESCE(MAX(level), 0)
FROM hints_shown WHERE exercise_id = :exercise_id
"""

RECORD_HINT = "INSERT INTO hints_shown (exercise_id, level, at) VALUES (:exercise_id, :level, :at)"

HINT_LEVEL = "SELECT COALESCE(MAX(level), 0) FROM hints_shown WHERE exercise_id = :exercise_id"

RECORD_SOLUTION = """
INSERT INTO solutions_shown (exercise_id, at, before_passing) VALUES (:exercise_id, :at, :before_passing)
"""

UNSKIP = "DELETE FROM skips WHERE topic_id = :topic_id"

SKIP = "INSERT INTO skips (topic_id, at) VALUES (:topic_id, :at)"

ATTEMPTS = """
SELECT exercise_id, at, verdict, duration_ms, hint_level FROM attempts
WHERE :exercise_id IS NULL OR exercise_id = :exercise_id ORDER BY id
"""

EXERCISES = """
SELECT exercise_id,
       COUNT(*) AS attempts,
       MAX(CASE WHEN verdict = 'passed' THEN 1 ELSE 0 END) AS ever_passed,
       (SELECT b.verdict FROM attempts b WHERE b.exercise_id = a.exercise_id
         ORDER BY b.id DESC LIMIT 1) AS latest,
       MAX(id) AS last_id
FROM attempts a
GROUP BY exercise_id
"""

SKIPPED = "SELECT topic_id FROM skips"
