namespace NeuroBalance.Testing;

/// <summary>Page scripts for checking a Plotly slider (SliderFigure) in headless Chromium.</summary>
internal static class SliderScripts
{
    /// <summary>The visibility flags of the traces of chart <c>i</c> of the page, as a JSON string.</summary>
    internal static string Visible(int chart) =>
        $"JSON.stringify(document.querySelectorAll('.neurobalance-plot')[{chart}].data.map(t => t.visible))";

    /// <summary>
    /// Clicks the far end of the slider rail of chart <c>i</c> (the right end, or the left end when the
    /// slider already shows the last step), as a learner would: synthetic mouse events at that point.
    /// </summary>
    internal static string ClickFarEnd(int chart) =>
        $"(() => {{ const gd = document.querySelectorAll('.neurobalance-plot')[{chart}]; const rail = gd.querySelector('rect.slider-rail-touch-rect'); const r = rail.getBoundingClientRect(); " +
        "const s = gd.layout.sliders[0]; const x = s.active === s.steps.length - 1 ? r.left + 2 : r.right - 2; " +
        "const at = { bubbles: true, clientX: x, clientY: r.top + (r.height / 2), view: window }; " +
        "rail.dispatchEvent(new MouseEvent('mousedown', at)); window.dispatchEvent(new MouseEvent('mouseup', at)); return true; })()";

    /// <summary>The indexes of the page's charts that have a slider.</summary>
    internal const string ChartsWithSliders =
        "[...document.querySelectorAll('.neurobalance-plot')].map((p, i) => p.querySelector('g.slider-container') ? i : -1).filter(i => i >= 0)";
}
