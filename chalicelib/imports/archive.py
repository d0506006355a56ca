"""Opening an uploaded export: a .txt as it is, a .zip by the one chat file inside it.

Nothing is extracted to disk and no media file is decompressed: the chat's text is read as a
stream, counted as it comes, and refused past MAX_TEXT_BYTES or past MAX_RATIO times its
compressed size (a zip bomb stops there, with memory bounded by the read buffer). A zip's
directory is checked before it is read (at most MAX_ENTRIES names), and a name that climbs out
of the archive (`../`, `/etc/...`, `C:\\...`) is never opened.
"""
from __future__ import annotations

import codecs
import contextlib
import hashlib
import io
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from typing import IO, Any, BinaryIO, Callable, Iterator, TextIO

from chalicelib.imports.problems import FileTooLarge, NotAChatExport

MAX_TEXT_BYTES = 64 * 1024 * 1024  # a chat's text: about 600,000 messages
MAX_RATIO = 100  # a chat's text compresses 4 to 10 times; 100 is a bomb, not a chat
RATIO_FLOOR = 1024 * 1024  # small texts may compress better than that (a file of "kkkk")
MAX_ENTRIES = 20_000  # a chat exported with its media holds a few thousand files
_CHAT_NAMES = (
    re.compile(r"_chat\.txt", re.I),  # iOS
    re.compile(r"(?:whatsapp chat with|whatsapp chat -|conversa do whatsapp com|"
               r"conversa do whatsapp -|conversa de whatsapp com) .{1,200}\.txt", re.I),
)
_DAMAGED = "the zip file is damaged or incomplete; export the chat again"


@dataclass
class Reading:
    """What one pass over the chat's text saw: its bytes (and their SHA-256), and how far
    through the uploaded file it got, reported to `on_progress` every PROGRESS_BYTES."""

    total: int = 0  # the upload's size, for progress
    on_progress: Callable[[float], None] | None = None
    read: int = 0
    digest: Any = field(default_factory=hashlib.sha256)
    _reported: int = 0

    PROGRESS_BYTES = 2 * 1024 * 1024

    def note(self, chunk: bytes) -> None:
        self.read += len(chunk)
        self.digest.update(chunk)
        if self.on_progress and self.total and self.read - self._reported >= self.PROGRESS_BYTES:
            self._reported = self.read
            self.on_progress(min(1.0, self.read / self.total))


class Limited(io.RawIOBase):
    """A byte stream that gives at most `limit` bytes, counted as they are read (a zip entry
    that lies about its size is stopped all the same); a damaged zip is NotAChatExport."""

    def __init__(self, inner: IO[bytes], limit: int, reading: Reading) -> None:
        self._inner = inner
        self._limit = limit
        self._reading = reading
        self._count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        try:
            chunk = self._inner.read(len(buffer))
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError):
            # (NotImplementedError: zipfile's word for a compression method it cannot read)
            raise NotAChatExport(_DAMAGED) from None
        self._count += len(chunk)
        if self._count > self._limit:
            raise FileTooLarge(f"the chat's text is over {self._limit // (1024 * 1024)} MB "
                               "once decompressed; export a shorter period of the chat")
        self._reading.note(chunk)
        buffer[:len(chunk)] = chunk
        return len(chunk)


def open_text(raw: io.RawIOBase) -> TextIO:
    """Text in UTF-8 (with or without its byte-order mark) or UTF-16 (with one)."""
    buffered = io.BufferedReader(raw, buffer_size=1 << 16)
    head = buffered.peek(4)[:4]
    encoding = "utf-8"
    if head.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    return io.TextIOWrapper(buffered, encoding=encoding, errors="strict", newline=None)


@contextlib.contextmanager
def chat_text(source: BinaryIO, reading: Reading) -> Iterator[TextIO]:
    """The chat's text in an uploaded file (seekable), read within the limits above."""
    head = source.read(4)
    source.seek(0)
    if not head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        yield open_text(Limited(source, MAX_TEXT_BYTES, reading))
        return
    _check_directory(source)
    try:
        archive = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError):
        raise NotAChatExport(_DAMAGED) from None
    with archive:
        entry = chat_entry(archive)
        limit = min(MAX_TEXT_BYTES, max(RATIO_FLOOR, MAX_RATIO * entry.compress_size))
        if entry.file_size > limit:
            raise FileTooLarge(f"the chat's text would be over {limit // (1024 * 1024)} MB once "
                               "decompressed; export a shorter period of the chat")
        try:
            inner = archive.open(entry)
        # zipfile raises NotImplementedError for a compression method it cannot read, and
        # RuntimeError for an encrypted entry: to the family, both are a file it cannot open
        except (zipfile.BadZipFile, zlib.error, NotImplementedError, RuntimeError):
            raise NotAChatExport(_DAMAGED) from None
        reading.total = entry.file_size or reading.total  # progress counts the text
        with inner:
            yield open_text(Limited(inner, limit, reading))


def _check_directory(source: BinaryIO) -> None:
    """Refuse a zip whose directory names too many files, before Python reads it all in."""
    end_record: Callable[[BinaryIO], Any] | None = getattr(zipfile, "_EndRecData", None)
    if end_record is None:  # a Python without it: ZipFile's own reading still bounds the size
        return
    try:
        found = end_record(source)
    except OSError:
        found = None
    source.seek(0)
    if found is None:
        raise NotAChatExport(_DAMAGED)
    if found[4] > MAX_ENTRIES:  # _ECD_ENTRIES_TOTAL
        raise FileTooLarge(f"the zip holds over {MAX_ENTRIES:,} files; export the chat "
                           "without media")


def safe_name(name: str) -> bool:
    """Whether a name inside a zip stays inside it (at most one folder deep)."""
    if not name or "\\" in name or name.startswith("/") or re.match(r"[A-Za-z]:", name):
        return False
    if any(ord(c) < 32 or c == "\x7f" for c in name):
        return False
    parts = name.split("/")
    return len(parts) <= 2 and not any(p in ("", ".", "..") for p in parts)


def chat_entry(archive: zipfile.ZipFile) -> zipfile.ZipInfo:
    """The chat's text inside an export: `_chat.txt`, "WhatsApp Chat with X.txt", "Conversa
    do WhatsApp com X.txt", or else the only .txt file. Names that climb out are ignored."""
    texts = [i for i in archive.infolist() if not i.is_dir() and safe_name(i.filename)
             and i.filename.lower().endswith(".txt")]
    for pattern in _CHAT_NAMES:
        named = [i for i in texts if pattern.fullmatch(i.filename.rsplit("/", 1)[-1])]
        if named:
            return _usable(named[0])
    if len(texts) == 1:
        return _usable(texts[0])
    raise NotAChatExport("the zip holds no WhatsApp chat (a _chat.txt or a \"WhatsApp Chat "
                         "with ….txt\" file)")


def _usable(entry: zipfile.ZipInfo) -> zipfile.ZipInfo:
    if entry.flag_bits & 0x1:
        raise NotAChatExport("the zip is protected by a password; export the chat again")
    return entry
