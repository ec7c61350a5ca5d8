// Tells the page that embeds this chart how tall it is, so that its frame never cuts the chart,
// the source or the credit. Only the height is sent; the host checks that it comes from us.
(function () {
  // "#sang" (or "#light") at the end of the frame's address keeps the chart light on a page
  // that has no dark mode, whatever the reader's device prefers.
  if (/^#(sang|light)$/.test(location.hash)) {
    document.documentElement.classList.add("light");
    var scheme = document.querySelector('meta[name="color-scheme"]');
    if (scheme) scheme.content = "light";
  }
  function send() {
    if (window.parent === window) return;
    window.parent.postMessage({ lantoaHeight: Math.ceil(document.documentElement.getBoundingClientRect().height) }, "*");
  }
  addEventListener("load", send);
  addEventListener("resize", send);
  if (window.ResizeObserver) new ResizeObserver(send).observe(document.documentElement);
  send();
})();
