"""Medical review: the workflow health claims go through, what approval records, what is due again."""
