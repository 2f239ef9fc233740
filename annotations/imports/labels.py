"""Label maps: a tool's label names onto our tags."""
from annotations.models import Tag

DEFAULT_LABELS = {tag.value: tag.value for tag in Tag}


def parse_label_map(value: str | dict | None) -> dict[str, str]:
    """'CLAIM=claim,Quote=quote' -> {'claim': 'claim', 'quote': 'quote'} (keys case-insensitive), on top of the
    defaults claim/quote/opinion."""
    mapping = {key.casefold(): tag for key, tag in DEFAULT_LABELS.items()}
    if isinstance(value, dict):
        pairs = value.items()
    else:
        pairs = []
        for item in (value or "").split(","):
            if item.strip():
                if "=" not in item:
                    raise ValueError(f"label map entry {item!r} is not LABEL=tag")
                key, tag = item.split("=", 1)
                pairs.append((key, tag))
    for key, tag in pairs:
        tag = tag.strip().casefold()
        if tag not in Tag.values:
            raise ValueError(f"label map: {tag!r} is not a tag (claim, quote, opinion)")
        mapping[key.strip().casefold()] = tag
    return mapping
