"""Exports of a frozen claim set: the bytes each format wrote when the set was frozen (ClaimSetExport), so that
re-exporting never changes, whatever later happens to what the set points at (an article retitled, a source
re-described, a cluster recomputed). A set frozen before snapshots existed is exported live."""
import codecs
import hashlib
import zlib

from annotations import selectors

from .records import public_url
from .registry import FORMATS, export_chunks

PIECE = 64 * 1024


def claim_set_collection_id(claim_set) -> str:
    return public_url(f"claim-sets/{claim_set.content_sha256}")


def live_chunks(fmt, claim_set, *, progress=None):
    return export_chunks(fmt, selectors.claim_set_spans(claim_set), claim_set=claim_set, label=claim_set.name,
                         collection_id=claim_set_collection_id(claim_set), progress=progress)


def snapshot(fmt, claim_set) -> dict:
    """The fields of fmt's ClaimSetExport: the live export, compressed as it streams, with its size and hash."""
    compressor, digest, size, parts = zlib.compressobj(6), hashlib.sha256(), 0, []
    for piece in live_chunks(fmt, claim_set):
        data = piece.encode("utf-8")
        digest.update(data)
        size += len(data)
        parts.append(compressor.compress(data))
    parts.append(compressor.flush())
    return {"format": fmt.name, "content": b"".join(parts), "size": size, "sha256": digest.hexdigest()}


def snapshots(claim_set) -> list[dict]:
    return [snapshot(fmt, claim_set) for fmt in FORMATS.values()]


def claim_set_chunks(fmt, claim_set, *, progress=None):
    """Text pieces of the claim set in `fmt`: its frozen bytes, or for an older set the live export."""
    frozen = claim_set.snapshots.filter(format=fmt.name).only("content").first()
    if frozen is None:
        yield from live_chunks(fmt, claim_set, progress=progress)
        return
    content = bytes(frozen.content)
    decompressor, decoder = zlib.decompressobj(), codecs.getincrementaldecoder("utf-8")()
    for start in range(0, len(content), PIECE):
        text = decoder.decode(decompressor.decompress(content[start:start + PIECE]))
        if text:
            yield text
    tail = decoder.decode(decompressor.flush(), final=True)
    if tail:
        yield tail
