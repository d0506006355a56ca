"""What can be wrong with an imported file: a job ends `failed` with the problem's code and words.

The words are for the person who uploaded the file; they name the limit, never what the file
holds (a job's error is stored, and the file is somebody's private conversation)."""
from __future__ import annotations


class ImportProblem(Exception):
    """A file the import cannot use; `code` is the job's `error.code`."""

    code = "ImportFailed"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotAChatExport(ImportProblem):
    """Not what WhatsApp's "Export chat" writes (nor a zip holding it)."""

    code = "NotAChatExport"


class FileTooLarge(ImportProblem):
    """Over a size limit: the upload, the chat inside a zip (a zip bomb stops here), a line."""

    code = "FileTooLarge"


class PersonNotInChat(ImportProblem):
    """The person named for the import wrote nothing in this chat."""

    code = "PersonNotInChat"
