"""Moved to annotations.rules.fields; kept while callers move."""
from annotations.rules.fields import *  # noqa: F401,F403
from annotations.rules.fields import clean_choice, clean_int, clean_text, invalid, normalize_url  # noqa: F401
