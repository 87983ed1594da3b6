"""dyads: news text to coded political events."""
