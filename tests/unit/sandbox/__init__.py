"""Unit tests of the sandbox's pure parts (AI heuristics, links, schema, limits)."""
