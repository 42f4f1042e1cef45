#!/usr/bin/python3
"""Prints the canonical form (C14N) of an HTML file, so that the HTML written by .NET, libxslt and
Saxon for the same stylesheet and input can be compared byte for byte. Engines differ only in
serialisation details: the Content-Type <meta> each inserts, the doctype spelling, attribute quoting,
empty-element syntax, libxslt's final newline, and boolean attributes (Saxon's html method writes
selected="selected" and open="open" in the minimised form, selected and open; for HTML only their
presence counts, so their value is dropped); parsing with lxml and writing C14N removes exactly those differences.

    canonical_html.py FILE             prints the canonical form of FILE
    canonical_html.py --json FILE...   prints one JSON object, each FILE mapped to its canonical form
                                       (one process for a whole batch: lxml takes a tenth of a second to load)
"""
import json
import sys
import lxml.etree
import lxml.html

# HTML's boolean attributes (HTML Living Standard, "boolean attribute"): present or absent, the value does not count.
BOOLEAN_ATTRIBUTES = {
    "allowfullscreen", "async", "autofocus", "autoplay", "checked", "controls", "default", "defer", "disabled",
    "formnovalidate", "hidden", "inert", "ismap", "itemscope", "loop", "multiple", "muted", "nomodule", "novalidate",
    "open", "playsinline", "readonly", "required", "reversed", "selected",
}

def canonical(path):
    with open(path, "rb") as handle:
        # UTF-8 explicitly: a fragment has no charset <meta>, and lxml would read it as Latin-1.
        document = lxml.html.document_fromstring(handle.read(), parser=lxml.html.HTMLParser(encoding="utf-8"))
    for meta in document.xpath("//meta[@http-equiv]"):
        if meta.get("http-equiv", "").lower() == "content-type":
            meta.getparent().remove(meta)
    for element in document.iter():
        for name in BOOLEAN_ATTRIBUTES.intersection(element.attrib):
            element.set(name, "")
    # libxslt always ends its output with a newline, which lands inside <body> for a fragment.
    body = document.find("body")
    if body is not None and len(body) and (body[-1].tail or "").strip() == "":
        body[-1].tail = None
    return lxml.etree.tostring(document, method="c14n").decode("utf-8")

if __name__ == "__main__":
    if sys.argv[1] == "--json":
        json.dump({path: canonical(path) for path in sys.argv[2:]}, sys.stdout, ensure_ascii=False)
    else:
        sys.stdout.write(canonical(sys.argv[1]))
