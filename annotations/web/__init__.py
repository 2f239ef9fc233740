"""Server-rendered pages of the reviewer UI. Reads go through selectors; every write goes from the browser to the
JSON API (/api/), which calls the services."""
