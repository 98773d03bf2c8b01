"""The print channel: brochures and articles as print-ready PDF, through WeasyPrint."""
