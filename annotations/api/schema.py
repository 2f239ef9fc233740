"""OpenAPI post-processing: responses every operation of a kind really gives, documented once."""


def document_unsupported_media_type(result, generator, request, public):
    """Any operation that takes a body answers 415 to a body it cannot parse (DRF's parser negotiation)."""
    for path_item in result.get("paths", {}).values():
        for operation in path_item.values():
            if isinstance(operation, dict) and "requestBody" in operation:
                operation.setdefault("responses", {}).setdefault("415", {
                    "description": "The request body's media type is not accepted: {detail, code}.",
                    "content": {"application/json": {"schema": {"type": "object", "additionalProperties": {}}}},
                })
    return result
