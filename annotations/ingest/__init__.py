"""Article intake: read a pasted text, an uploaded file or a fetched page into an article draft (text and
metadata) for services.intake, which is the one door the page, the API and ingest_articles share."""
