"""Forever Us: the application's library, imported by app.py."""
