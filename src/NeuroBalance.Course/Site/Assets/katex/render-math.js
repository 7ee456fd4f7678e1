// NeuroBalance: typesets every math element of the page with the bundled KaTeX (no network).
// Markdown math ($...$ and $$...$$) is written by the build as <span|div class="math" data-tex="...">
// with a readable plain-text fallback inside; KaTeX replaces the fallback with typeset math.
document.addEventListener('DOMContentLoaded', function () {
  if (typeof katex === 'undefined') { return; }
  document.querySelectorAll('.math[data-tex]').forEach(function (el) {
    try {
      katex.render(el.getAttribute('data-tex'), el, { displayMode: el.tagName === 'DIV', throwOnError: true });
      el.classList.add('math-typeset');
    } catch (e) {
      // Keep the readable fallback and say why in a tooltip, rather than showing raw TeX.
      el.classList.add('math-error');
      el.title = String(e.message || e);
    }
  });
});
