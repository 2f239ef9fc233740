"""OpenAPI post-processing: responses every operation of a kind really gives, documented once."""


def document_unsupported_media_type(result, generator, request, public):
    """Any operation that takes a body answers 413 to one over DATA_UPLOAD_MAX_MEMORY_SIZE and 415 to one it
    cannot parse (DRF's parser negotiation)."""
    for path_item in result.get("paths", {}).values():
        for operation in path_item.values():
            if isinstance(operation, dict) and "requestBody" in operation:
                responses = operation.setdefault("responses", {})
                for code, text in (("413", "The request body is over the size limit"),
                                   ("415", "The request body's media type is not accepted")):
                    responses.setdefault(code, {
                        "description": f"{text}: {{detail, code}}.",
                        "content": {"application/json": {"schema": {"type": "object", "additionalProperties": {}}}},
                    })
    return result
