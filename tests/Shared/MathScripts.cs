namespace NeuroBalance.Testing;

/// <summary>Browser-side checks that a page's math was typeset (for the site's KaTeX).</summary>
internal static class MathScripts
{
    /// <summary>True once every math element is typeset or has failed (KaTeX runs on DOMContentLoaded).</summary>
    internal const string Settled = "[...document.querySelectorAll('.math[data-tex]')].every(e => e.classList.contains('math-typeset') || e.classList.contains('math-error'))";

    /// <summary>
    /// The raw TeX a reader would see: the visible text of the page without code, preformatted output
    /// and KaTeX's hidden MathML copy, searched for a TeX command (<c>\frac</c>, <c>\ln</c>,
    /// <c>\qquad</c>…), a braced sub- or superscript (<c>_{</c>, <c>^{</c>) or a <c>$</c> delimiter
    /// pair; plus every math element KaTeX could not typeset. Returns a JSON array of
    /// "snippet" strings, empty when the page is clean.
    /// </summary>
    internal const string RawTex = """
        (() => {
          const body = document.body.cloneNode(true);
          body.querySelectorAll('pre, code, script, style, svg, .katex-mathml').forEach(e => e.remove());
          const text = body.textContent;
          const found = [];
          const re = /\\[A-Za-z]+|[_^]\{|\$\$|\$[^$\s][^$]*\\[^$]*\$/g;
          let m;
          while ((m = re.exec(text)) !== null && found.length < 20) {
            found.push(text.slice(Math.max(0, m.index - 30), m.index + 30).replace(/\s+/g, ' '));
          }
          document.querySelectorAll('.math-error').forEach(e => found.push('KaTeX could not typeset: ' + e.getAttribute('data-tex') + ' (' + e.title + ')'));
          return found;
        })()
        """;
}
