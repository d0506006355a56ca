"""The persona's brain: memory retrieval and the prompt builder."""
