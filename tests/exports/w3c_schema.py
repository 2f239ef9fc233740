"""A JSON Schema of what the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/) requires of
our exports, written from the recommendation: the collection (section 5.1), the page (5.2) and each annotation
(3.1: @context, id, type, target; 3.2.4 textual bodies; 4.2.4 TextQuoteSelector; 4.2.6 TextPositionSelector)."""
ANNO = "http://www.w3.org/ns/anno.jsonld"

context_with_anno = {
    "oneOf": [
        {"const": ANNO},
        {"type": "array", "contains": {"const": ANNO}},
    ]
}

text_quote_selector = {
    "type": "object",
    "required": ["type", "exact"],
    "properties": {
        "type": {"const": "TextQuoteSelector"},
        "exact": {"type": "string", "minLength": 1},
        "prefix": {"type": "string"},
        "suffix": {"type": "string"},
    },
}

text_position_selector = {
    "type": "object",
    "required": ["type", "start", "end"],
    "properties": {
        "type": {"const": "TextPositionSelector"},
        "start": {"type": "integer", "minimum": 0},
        "end": {"type": "integer", "minimum": 0},
    },
}

textual_body = {
    "type": "object",
    "required": ["type", "value"],
    "properties": {
        "type": {"const": "TextualBody"},
        "value": {"type": "string"},
        "purpose": {"enum": ["assessing", "bookmarking", "classifying", "commenting", "describing", "editing",
                             "highlighting", "identifying", "linking", "moderating", "questioning", "replying",
                             "tagging"]},
    },
}

linking_body = {
    "type": "object",
    "required": ["type", "source", "purpose"],
    "properties": {
        "type": {"const": "SpecificResource"},
        "purpose": {"const": "linking"},
        "source": {"type": "string", "format": "uri", "pattern": "^https?://"},
    },
    "not": {"required": ["value"]},
}

annotation = {
    "type": "object",
    "required": ["@context", "id", "type", "target", "body"],
    "properties": {
        "@context": context_with_anno,
        "id": {"type": "string", "pattern": "^https?://"},
        "type": {"const": "Annotation"},
        "motivation": {"type": "string"},
        "created": {"type": "string", "format": "date-time"},
        "modified": {"type": "string", "format": "date-time"},
        "body": {"type": "array", "minItems": 1, "items": {"oneOf": [textual_body, linking_body]},
                 "contains": {"properties": {"purpose": {"const": "tagging"}}, "required": ["purpose"]}},
        "target": {
            "type": "object",
            "required": ["source", "selector"],
            "properties": {
                "source": {"type": "string", "pattern": "^https?://"},
                "selector": {
                    "type": "array",
                    "prefixItems": [text_quote_selector, text_position_selector],
                    "minItems": 2,
                },
            },
        },
    },
    "not": {"required": ["bodyValue"]},
}

collection = {
    "type": "object",
    "required": ["@context", "id", "type", "first", "total"],
    "properties": {
        "@context": context_with_anno,
        "type": {"const": "AnnotationCollection"},
        "total": {"type": "integer", "minimum": 0},
        "first": {
            "type": "object",
            "required": ["type", "items"],
            "properties": {
                "type": {"const": "AnnotationPage"},
                "startIndex": {"type": "integer", "minimum": 0},
                "items": {"type": "array", "items": annotation},
            },
        },
    },
}
