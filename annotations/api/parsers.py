"""The API's JSON parser: DRF's, with the nesting limit of annotations.jsonparse (too_deep, 400)."""
import codecs

from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser, get_encoding
from rest_framework.utils.json import strict_constant

from annotations import jsonparse


class DepthLimitedJSONParser(JSONParser):
    def parse(self, stream, media_type=None, parser_context=None):
        encoding = get_encoding(parser_context or {})
        try:
            text = codecs.getreader(encoding)(stream).read()
            return jsonparse.loads(text, parse_constant=strict_constant if self.strict else None)
        except jsonparse.TooDeep as exc:
            raise ParseError(str(exc), code=exc.code)
        except ValueError as exc:
            raise ParseError(f"JSON parse error - {exc}")
