"""Offline reading: the built site, search included, works opened from disk (file://).

A MkDocs hook, named in mkdocs.yml (`hooks: [generator/offline.py]`), so that
every MkDocs build of the site gets it: `briefing build`, `mkdocs serve` and
`mkdocs gh-deploy` alike. Everything it adds is written by this module at
build time; nothing is fetched, neither at build time nor in the browser.

The theme's search runs in a web worker and, on a page opened from file://,
reads its index from `search/search_index.js` through a script tag. Two
things are missing for that to work from disk, and this hook adds both:

- `search/search_index.js`, the index as a script (`var __index = …`);
- a worker shim, `assets/javascripts/offline-search.js`, loaded before the
  theme's bundle: browsers refuse `new Worker(url)` on a file:// page, so
  there the shim runs the worker script in a hidden iframe of the page's
  own origin. Over http(s) the shim does nothing and the real worker runs.

This module is loaded by MkDocs from its path, not as part of the package:
it imports nothing from `generator`.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

SHIM_URI = "assets/javascripts/offline-search.js"
INDEX_JSON = Path("search") / "search_index.json"
INDEX_SCRIPT = Path("search") / "search_index.js"

# The theme's search bundle calls `new Worker(url)` once and talks to it with
# postMessage and "message" events; its worker script calls the global
# postMessage and importScripts, and looks for `IFrameWorker` in its parent
# window to find where its language scripts are. The shim provides exactly
# that surface, and copies messages (structuredClone) as a worker would.
SHIM_JS = """\
/* Search from disk: browsers refuse `new Worker(url)` on a page opened from
   file://, so there the search worker runs in a hidden iframe of the page's
   own origin. Served over http(s), this script does nothing. */
(function () {
  "use strict";
  if (location.protocol !== "file:") return;

  function copy(data) {
    return typeof structuredClone === "function" ? structuredClone(data) : data;
  }

  function load(doc, src) {
    return new Promise(function (resolve, reject) {
      var script = doc.createElement("script");
      script.src = src;
      script.onload = function () { resolve(); };
      script.onerror = function () { reject(new Error("cannot load " + src)); };
      doc.head.appendChild(script);
    });
  }

  class IFrameWorker extends EventTarget {
    constructor(url) {
      super();
      this.onmessage = null;
      this.onerror = null;
      this._pending = [];
      this._ready = false;
      this._frame = document.createElement("iframe");
      this._frame.hidden = true;
      this._frame.tabIndex = -1;
      this._frame.setAttribute("aria-hidden", "true");
      (document.body || document.documentElement).appendChild(this._frame);

      var worker = this;
      var scope = this._frame.contentWindow;
      var doc = this._frame.contentDocument;
      scope.postMessage = function (data) {
        var event = new MessageEvent("message", { data: copy(data) });
        setTimeout(function () { worker._emit(event, worker.onmessage); });
      };
      scope.importScripts = function () {
        return Array.prototype.reduce.call(arguments, function (done, src) {
          return done.then(function () { return load(doc, new URL(src, location.href).href); });
        }, Promise.resolve());
      };
      load(doc, new URL(url, location.href).href).then(function () {
        worker._ready = true;
        worker._pending.splice(0).forEach(function (data) { worker._deliver(data); });
      }, function (error) {
        worker._emit(new ErrorEvent("error", { message: error.message }), worker.onerror);
      });
    }

    postMessage(data) {
      if (this._ready) this._deliver(data);
      else this._pending.push(data);
    }

    terminate() {
      this._frame.remove();
    }

    _deliver(data) {
      var scope = this._frame.contentWindow;
      if (scope) scope.dispatchEvent(new scope.MessageEvent("message", { data: copy(data) }));
    }

    _emit(event, handler) {
      this.dispatchEvent(event);
      if (typeof handler === "function") handler.call(this, event);
    }
  }

  window.IFrameWorker = IFrameWorker;
  window.Worker = IFrameWorker;
})();
"""


def index_script(index_json: str) -> str:
    """The search index as a script that sets the global `__index`, as the
    theme reads it on a file:// page (JSON is valid JavaScript)."""
    return f"var __index = {index_json}\n"


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Load the worker shim before the theme's bundle, as a polyfill."""
    polyfills = list(config.extra.get("polyfills", []))
    if SHIM_URI not in polyfills:
        polyfills.append(SHIM_URI)
    config.extra["polyfills"] = polyfills
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add the worker shim to the site's files."""
    files.append(File.generated(config, SHIM_URI, content=SHIM_JS))
    return files


# Last, so that the search plugin has written the JSON index.
@event_priority(-100)
def on_post_build(config: MkDocsConfig) -> None:
    """Write `search/search_index.js` beside the JSON index, if search is on."""
    site = Path(config.site_dir)
    source = site / INDEX_JSON
    if source.is_file():
        (site / INDEX_SCRIPT).write_text(index_script(source.read_text(encoding="utf-8")), encoding="utf-8")
