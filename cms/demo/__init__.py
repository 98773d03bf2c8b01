"""The demo content: the clinic's seed article and its library items, in English and Spanish."""
