"""A job's files as rows of JobChunk (at most CHUNK_BYTES each): written and read a chunk at a time, so memory stays
flat whatever the size, and every app server and worker sees the same bytes without a shared disk."""
import io

from annotations.models import JobChunk

CHUNK_BYTES = 1024 * 1024


class ChunkWriter(io.RawIOBase):
    """A binary file that stores what is written as the job's chunks of `role`. Part of the caller's transaction:
    a job that dies leaves no partial file."""

    def __init__(self, job, role: str, on_write=None):
        self.job, self.role, self.on_write = job, role, on_write
        self.buffer = bytearray()
        self.seq = 0
        self.size = 0

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        self.buffer += data
        self.size += len(data)
        while len(self.buffer) >= CHUNK_BYTES:
            self._store(bytes(self.buffer[:CHUNK_BYTES]))
            del self.buffer[:CHUNK_BYTES]
        if self.on_write:
            self.on_write(len(data))
        return len(data)

    def close(self) -> None:
        if not self.closed and self.buffer:
            self._store(bytes(self.buffer))
            self.buffer.clear()
        super().close()

    def _store(self, data: bytes) -> None:
        JobChunk.objects.create(job=self.job, role=self.role, seq=self.seq, data=data)
        self.seq += 1


def store_file(job, role: str, source) -> int:
    """Copy a file object (an upload) into the job's chunks; returns its size in bytes."""
    with ChunkWriter(job, role) as out:
        while piece := source.read(CHUNK_BYTES):
            out.write(piece)
        return out.size


def chunks(job, role: str):
    """The job's file of `role`, one chunk (bytes) at a time: one query per chunk."""
    count = JobChunk.objects.filter(job=job, role=role).count()
    for seq in range(count):
        yield bytes(JobChunk.objects.values_list("data", flat=True).get(job=job, role=role, seq=seq))


class ChunkReader(io.RawIOBase):
    """The job's file of `role` as a binary file for the importers' readers; `on_read(n)` hears of each n bytes."""

    def __init__(self, job, role: str, on_read=None):
        self.pieces = chunks(job, role)
        self.pending = b""
        self.on_read = on_read

    def readable(self) -> bool:
        return True

    def readinto(self, target) -> int:
        if not self.pending:
            self.pending = next(self.pieces, b"")
        n = min(len(target), len(self.pending))
        target[:n] = self.pending[:n]
        self.pending = self.pending[n:]
        if self.on_read and n:
            self.on_read(n)
        return n
