"""fazhi_parse (placeholder until main's __init__ is merged)."""

from .model import Report, Span

__all__ = ["Report", "Span"]
