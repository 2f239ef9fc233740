// Forms without a method attribute are sent by the page's module scripts, through the API. Before a script has bound
// such a form (a slow network, a click during load), the browser would send it itself: a GET of this page with the
// fields in the address, which drops what was typed and puts it (an article's text, a claim set's name) in the URL,
// the history and the server's log. This classic script runs before any module script, so it holds those submits;
// the bound scripts prevent the default themselves and do the real work.
document.addEventListener("submit", (event) => {
  if (!event.target.hasAttribute("method")) event.preventDefault();
}, true);
