"""The grader: run a learner's exercise in a sandbox and judge it against a trusted oracle."""
