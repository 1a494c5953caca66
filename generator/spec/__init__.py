"""The API description as input: bundle the files (remembering where each node came from), lint, diff."""
