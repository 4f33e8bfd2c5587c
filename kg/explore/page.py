"""Render the explorer's one self-contained HTML file: data, vis-network, page script and styles inline.

Nothing in the page loads from the network: vis-network's JS comes from the
pyvis package, the page script and styles from ``assets/`` beside this
module (vis-network's own CSS only styles widgets the page does not use:
navigation buttons, the option editor, HTML tooltips). A Content-Security-Policy admits only the page's own two
scripts (by hash) and no network connection at all, so even a story title
that slipped into the HTML as markup could not run.

News text reaches the page only through the JSON block made by
:func:`script_json`.

>>> script_json({"title": "</script><script>alert(1)</script>"})
'{"title":"\\\\u003c/script\\\\u003e\\\\u003cscript\\\\u003ealert(1)\\\\u003c/script\\\\u003e"}'
"""
from __future__ import annotations

import base64
import hashlib
import json
from functools import lru_cache
from pathlib import Path

import jinja2
import pyvis

ASSETS = Path(__file__).with_name("assets")
VIS_DIR = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"

_SCRIPT_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                   "\u2028": "\\u2028", "\u2029": "\\u2029"}


def script_json(obj) -> str:
    """Return ``obj`` as compact JSON safe inside a ``<script>`` element.

    ``<``, ``>``, ``&``, U+2028 and U+2029 become ``\\u`` escapes, so no
    string in the data can close the element or start markup.
    """
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return "".join(_SCRIPT_ESCAPES.get(ch, ch) for ch in text) if any(
        ch in text for ch in _SCRIPT_ESCAPES) else text


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


@lru_cache(maxsize=1)
def _assets() -> dict:
    vis_js = (VIS_DIR / "vis-network.min.js").read_text(encoding="utf-8")
    if "</script" in vis_js.lower():
        raise RuntimeError(f"{VIS_DIR / 'vis-network.min.js'}: cannot be inlined (holds </script)")
    page_js = (ASSETS / "explorer.js").read_text(encoding="utf-8")
    return {
        "vis_js": vis_js,
        "page_js": page_js,
        "page_css": (ASSETS / "explorer.css").read_text(encoding="utf-8"),
        "csp": "; ".join([
            "default-src 'none'",
            f"script-src {_sha256(vis_js)} {_sha256(page_js)}",
            "style-src 'unsafe-inline'",
            "connect-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
        ]),
    }


@lru_cache(maxsize=1)
def _template() -> jinja2.Template:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(ASSETS), autoescape=True,
                             keep_trailing_newline=True)
    return env.get_template("page.html")


def render_page(data: dict) -> str:
    """Return the whole HTML page for explorer data (see :func:`kg.explore.data.explorer_data`)."""
    meta = data["meta"]
    return _template().render(lang=meta.get("lang", "zh"), title=meta.get("title", "aikg explorer"),
                              data_json=script_json(data), **_assets())
