"""A fingerprint of the suggesters' code: stored suggestions computed by other code are recomputed, so a deploy
that changes what suggest() finds never serves the old answers, and nobody has to remember to bump a version."""
import hashlib
from importlib.metadata import version
from pathlib import Path


def fingerprint() -> str:
    digest = hashlib.sha256(f"pysbd {version('pysbd')}".encode())
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


SUGGESTERS_FINGERPRINT = fingerprint()
