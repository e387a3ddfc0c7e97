"""The Medsender API client."""
