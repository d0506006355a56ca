"""Bringing a life in from files: WhatsApp chat exports (docs/imports.md).

parser.py reads what WhatsApp's "Export chat" writes (the .txt, or the .zip around it);
archive.py opens the file safely (zip bombs, path traversal, size); proposals.py and samples.py
turn the chosen person's own messages into proposed memories and style samples; job.py runs an
import (a background thread locally, an SQS message on AWS); service.py holds the use cases
behind the routes; files.py keeps the uploaded file (the data folder, or the private bucket).
"""
