"""Parses feeds with feedparser (Debian's python3-feedparser, the parser many aggregators use).

Reads a JSON list of {"name", "text", "address", "mediaType"} on stdin, where "address" is the URL the feed is
served at (relative links resolve against it, as they would for a subscriber), and prints a JSON
list of what the parser made of each: its version, whether it complained (bozo), and every entry.
"""
import json
import sys

import feedparser


def entry_of(entry):
    return {
        "title": entry.get("title"),
        "link": entry.get("link"),
        "id": entry.get("id"),
        "published": entry.get("published") or entry.get("updated"),
        "published_parsed": list(entry["published_parsed"][:6]) if entry.get("published_parsed") else None,
        "summary": entry.get("summary"),
        "author": entry.get("author"),
        "tags": [tag.get("term") for tag in entry.get("tags", [])],
        "enclosures": [link.get("href") for link in entry.get("enclosures", [])]
        + ([entry["image"]] if isinstance(entry.get("image"), str) else []),
    }


def main():
    results = []
    for feed in json.load(sys.stdin):
        headers = {"content-location": feed["address"], "content-type": feed["mediaType"]}
        parsed = feedparser.parse(feed["text"], response_headers=headers)
        results.append(
            {
                "name": feed["name"],
                "version": parsed.get("version"),
                "bozo": bool(parsed.get("bozo")),
                "bozo_exception": str(parsed.get("bozo_exception")) if parsed.get("bozo") else None,
                "title": parsed.feed.get("title"),
                "link": parsed.feed.get("link"),
                "entries": [entry_of(entry) for entry in parsed.entries],
            }
        )
    json.dump(results, sys.stdout)


main()
