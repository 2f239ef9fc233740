"""Export formats. Each module turns an iterable of spans (from selectors.export_queryset, iterated in chunks)
into an iterator of text pieces, so a writer can stream them to a file, stdout or an HTTP response."""
from .frozen import claim_set_chunks, claim_set_collection_id
from .registry import FORMATS, ExportFormat, export_chunks, get_format

__all__ = ["FORMATS", "ExportFormat", "claim_set_chunks", "claim_set_collection_id", "export_chunks", "get_format"]
