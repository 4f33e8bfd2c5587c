"""Parse: digest files (Markdown with YAML front matter) into Article records."""
from kg.parse.digest import DigestError, iter_digest_paths, parse_digest, read_digest

__all__ = ["DigestError", "iter_digest_paths", "parse_digest", "read_digest"]
