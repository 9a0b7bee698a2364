"""Operations, outcomes and statistics: what the units do and what the market does, in numbers."""
