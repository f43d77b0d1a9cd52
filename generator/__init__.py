"""Fact Sheets: news articles in, a static site of who said what, in what role, and who disputes whom."""

__version__ = "0.1.0"
