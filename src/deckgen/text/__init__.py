"""Text: labels per locale, locale formatting, inline emphasis, typography, measuring and fitting."""
