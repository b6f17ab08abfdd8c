"""Text analysis: sentences and retrieval terms, the same for passages and questions."""
