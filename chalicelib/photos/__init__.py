"""Photos of a memory (docs/photos.md): images.py reads and cleans them with Pillow,
storage.py keeps their files and makes short-lived links, service.py holds the use cases."""
