"""Every rule of the workbench, once: pure functions over plain values (an Actor, SpanFacts, strings and ints)
that raise a domain error with a stable code (ValidationError keyed by field, or NotPermitted). The services are
"these checks + one locked write"; the importer runs the same checks before its bulk write; the API's per-span
`actions` are computed by calling them. Nothing here reads or writes the database.

  fields    strings, choices, integers, URLs          limits   field limits, read off the model columns
  actors    who is acting                             spans    offsets, span fields, edit/submit/delete
  evidence  who may change evidence, entry rules      reviews  four-eyes, decisions, verdicts, verification
  imports   what an import may claim                  actions  the per-span action flags for the UI
"""
