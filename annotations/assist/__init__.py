"""Assisted annotation: pure functions (no database) that suggest quotes, claims and opinions, match claims across
articles and measure agreement between annotators. Services, selectors and views wrap them."""
