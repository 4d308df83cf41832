"""The HTML of an executed notebook, as nbconvert's HTML exporter writes it, less its last pass.

nbconvert's ``HTMLExporter`` renders the page from its templates, then parses the whole page
with BeautifulSoup (Python's HTML parser) to give images without alt text a default one and
the notebook's output areas ``tabindex="0"``, and writes the tree out again: three quarters
of a notebook's rendering (0.4 of 0.6 s for a profile of eleven files), taken from the
kernels' cores while they run, and the last notebook's on the run's critical path.
:class:`FastHTMLExporter` adds the same attributes to the same tags in the rendered text
(:func:`accessible`), so a page reads the same once parsed (``tests/test_run_speed.py``).
"""

from __future__ import annotations

import re
from typing import Any

from nbconvert.exporters.html import HTMLExporter
from nbconvert.exporters.templateexporter import TemplateExporter
from nbconvert.filters.highlight import Highlight2HTML
from nbconvert.filters.widgetsdatatypefilter import WidgetsDataTypeFilter

NO_ALT = "No description has been provided for this image"
_IMG = re.compile(r"<img\b(?P<attrs>(?:[^>\"']|\"[^\"]*\"|'[^']*')*?)\s*(?P<end>/?)>", re.I)
_OUTPUT_DIV = re.compile(
    r"<div\b(?P<attrs>(?:[^>\"']|\"[^\"]*\"|'[^']*')*?"
    r"\bclass=(?P<q>[\"'])(?:(?!(?P=q)).)*?\bjp-(?:OutputArea-output|Cell-inputWrapper)\b"
    r"(?:(?!(?P=q)).)*(?P=q)(?:[^>\"']|\"[^\"]*\"|'[^']*')*?)\s*>", re.I | re.S)
_ALT = re.compile(r"\salt\s*=", re.I)
_TABINDEX = re.compile(r"\stabindex\s*=", re.I)


def accessible(html: str) -> str:
    """Alt text on images without one and ``tabindex="0"`` on input and output areas, as
    nbconvert's exporter adds them (it sets a tabindex already there: none is, here)."""
    def alt(m: re.Match[str]) -> str:
        attrs = m["attrs"]
        if _ALT.search(attrs):
            return m[0]
        return f'<img{attrs} alt="{NO_ALT}"{" " if m["end"] else ""}{m["end"]}>'

    def tabindex(m: re.Match[str]) -> str:
        attrs = m["attrs"]
        return m[0] if _TABINDEX.search(attrs) else f'<div{attrs} tabindex="0">'

    return _OUTPUT_DIV.sub(tabindex, _IMG.sub(alt, html))


class FastHTMLExporter(HTMLExporter):
    """``HTMLExporter`` whose page is the template's output with :func:`accessible`'s
    attributes, not a BeautifulSoup re-serialisation of it (same filters, same template)."""

    def from_notebook_node(  # type: ignore[override]
            self, nb: Any, resources: dict[str, Any] | None = None, **kw: Any
    ) -> tuple[str, dict[str, Any]]:
        langinfo = nb.metadata.get("language_info", {})
        lexer = langinfo.get("pygments_lexer", langinfo.get("name", None))
        self.register_filter("highlight_code", self.filters.get(
            "highlight_code", Highlight2HTML(pygments_lexer=lexer, parent=self)))
        resources = self._init_resources(resources)
        self.register_filter("filter_data_type", WidgetsDataTypeFilter(
            notebook_metadata=self._nb_metadata, parent=self, resources=resources))
        html, resources = TemplateExporter.from_notebook_node(self, nb, resources, **kw)
        return accessible(html), resources
