// The first screen's reads, asked for while the page's modules are still downloading and compiling
// (issue 18): a classic script in <head>, so it runs as soon as the HTML arrives — some 300–700 ms
// before main.tsx would — and the answers are usually there by the time React mounts. Plain
// JavaScript copied as it is (renderer/public): it must not wait for the module graph, and the
// Content-Security-Policy ("script-src 'self'") forbids an inline script.
//
// It only asks; it decides nothing. renderer/src/app/firstData.ts takes the replies, and only
// when they were made with the token and language the app itself settles on (api/token.ts,
// app/preferences.tsx): otherwise it asks again the normal way. Kept in step with those two and
// with api/transport.ts (the headers), which stay the one implementation the app runs on.
/* global window, fetch */
(function () {
  'use strict';
  // The Electron window calls through its preload bridge; nothing to do here.
  if (window.workbench) return;
  var match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  var token = null;
  try {
    token = match && match[1] ? decodeURIComponent(match[1]) : window.sessionStorage.getItem('workbench.token');
  } catch {
    token = null;
  }
  // Without a token (the token page, the team server's sign-in) the app asks for itself.
  if (!token) return;
  var lang = null;
  try {
    lang = window.localStorage.getItem('workbench.lang');
  } catch {
    lang = null;
  }
  if (lang !== 'zh-CN' && lang !== 'en') lang = 'zh-CN';
  var names = ['workspace.status', 'auth.session', 'settings.get'];
  // Home's own read; the other screens fetch theirs when they mount.
  if (window.location.pathname === '/') names.push('home.overview');
  var replies = {};
  names.forEach(function (name) {
    replies[name] = fetch('/api/' + encodeURIComponent(name), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Workbench-Lang': lang, Authorization: 'Bearer ' + token },
      body: '{}',
      credentials: 'same-origin',
      cache: 'no-store',
    }).then(
      function (response) {
        return response.json().catch(function () {
          return null;
        });
      },
      function () {
        return null;
      },
    );
  });
  window.__workbenchFirstReplies = { token: token, lang: lang, replies: replies };
})();
