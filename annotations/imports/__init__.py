"""Importers: readers per container (JSON lines, JSON arrays, folders of .txt), parsers per format, one loader."""
from .loader import FORMATS, ImportReport, import_annotations, parse_label_map

__all__ = ["FORMATS", "ImportReport", "import_annotations", "parse_label_map"]
