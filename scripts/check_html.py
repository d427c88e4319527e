#!/usr/bin/env python3
"""Reads an HTML page as a browser does (html5lib, the WHATWG parsing
algorithm in pure Python) and prints what it holds as one JSON object.

Usage: check_html.py PAGE.html

- "errors": the parse errors html5lib reported (line, column, code);
- "scripts": how many <script> elements the page has, in any namespace;
- "handlers": every event-handler attribute (on...), as "element@attribute";
- "javascript": every href/src/xlink:href whose value is a javascript: URL;
- "elements": how many elements of each name (namespace-less local names);
- "text": the text of the whole document, in order, as one string (what a
  reader sees; the text of <style> and inline SVG included).

Exit status 0 when the page parsed (the caller judges what it holds).
"""

import collections
import json
import sys

import html5lib


def main() -> int:
    with open(sys.argv[1], "rb") as f:
        data = f.read()
    parser = html5lib.HTMLParser(tree=html5lib.getTreeBuilder("etree"), namespaceHTMLElements=False)
    document = parser.parse(data)
    scripts = 0
    handlers = []
    javascript = []
    elements = collections.Counter()
    for element in document.iter():
        if not isinstance(element.tag, str):
            continue  # comments
        name = element.tag.rsplit("}", 1)[-1]
        elements[name] += 1
        if name == "script":
            scripts += 1
        for attribute, value in element.attrib.items():
            local = attribute.rsplit("}", 1)[-1].lower()
            if local.startswith("on"):
                handlers.append(f"{name}@{local}")
            if local in ("href", "src", "action", "formaction") and value.strip().lower().startswith("javascript:"):
                javascript.append(f"{name}@{local}")
    json.dump(
        {
            "errors": [[pos[0], pos[1], code] for pos, code, _ in parser.errors],
            "scripts": scripts,
            "handlers": handlers,
            "javascript": javascript,
            "elements": dict(sorted(elements.items())),
            "text": "".join(document.itertext()),
        },
        sys.stdout,
        ensure_ascii=False,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
