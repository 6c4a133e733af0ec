// The google.script.run stand-in the workbench injects into the sidebar: each call POSTs to /rpc/<fn>; Drive links open /doc/<id>.

/**
 * Browser code (kept as text: it runs inside the sidebar frame, not in Node). Mirrors google.script.run:
 * withSuccessHandler / withFailureHandler / withUserObject return a runner carrying those settings; any other
 * property is a server function that is called asynchronously; a failure reaches the failure handler as an
 * Error whose message is the server's; google.script.host.close() closes the panel. A click on a link to a Drive
 * file or a Doc opens the workbench's rendering of it (/doc/<id>) in a new tab, as Drive would open the file.
 */
export const sidebarShimScript = `(function () {
  function notify(type) {
    try { window.parent.postMessage({ type: type }, window.location.origin); } catch (e) { /* not framed */ }
  }
  function runner(success, failure, userObject) {
    return new Proxy({}, {
      get: function (_target, name) {
        if (name === 'withSuccessHandler') return function (fn) { return runner(fn, failure, userObject); };
        if (name === 'withFailureHandler') return function (fn) { return runner(success, fn, userObject); };
        if (name === 'withUserObject') return function (obj) { return runner(success, failure, obj); };
        if (typeof name !== 'string' || name === 'then') return undefined;
        return function () {
          var args = Array.prototype.slice.call(arguments);
          fetch('/rpc/' + encodeURIComponent(name), {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(args)
          })
            .then(function (response) { return response.json(); })
            .then(function (reply) {
              notify('workbench:rpc-done');
              if (reply.ok) { if (success) success(reply.value, userObject); return; }
              var error = new Error(reply.error);
              error.name = 'ScriptError';
              if (failure) failure(error, userObject); else console.error(error);
            })
            .catch(function (error) { if (failure) failure(error, userObject); else console.error(error); });
        };
      }
    });
  }
  // Drive and Docs links the sidebar shows (a PDF, a Doc) open the workbench's rendering of that file instead.
  document.addEventListener('click', function (event) {
    var link = event.target && event.target.closest ? event.target.closest('a[href]') : null;
    var match = link && /^https:[/][/](?:docs|drive)[.]google[.]com[/](?:document|file)[/]d[/]([A-Za-z0-9_-]+)/.exec(link.getAttribute('href'));
    if (!match) return;
    event.preventDefault();
    window.open('/doc/' + match[1], '_blank', 'noopener');
  }, true);
  window.google = window.google || {};
  window.google.script = {
    run: runner(null, null, undefined),
    host: {
      close: function () { notify('workbench:sidebar-close'); },
      editor: { focus: function () {} },
      origin: window.location.origin
    }
  };
})();`;

/** Puts the shim before any other script of the sidebar's HTML, as HtmlService does with its own. */
export function sidebarWithShim(html: string): string {
  const tag = `<script>${sidebarShimScript}</script>`;
  const head = /<head[^>]*>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
  return tag + html;
}
