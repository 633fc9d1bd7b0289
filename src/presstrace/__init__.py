"""presstrace: who said what and who met whom in news articles, with evidence."""
