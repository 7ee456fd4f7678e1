using System.Globalization;
using System.Text;

namespace NeuroBalance.Content.Display;

/// <summary>
/// Draws a synthesis pathway as inline SVG, top to bottom: each substrate and product in a box,
/// an arrow per step labelled with its enzyme and its cofactors (as tags), and the rate-limiting
/// step drawn with a thick, double-headed-free arrow in vermillion plus the words "RATE-LIMITING"
/// (so it is not told by colour alone). Text and lines use <c>currentColor</c>, so the drawing
/// follows the light or dark theme.
/// </summary>
internal static class PathwaySvg
{
    private const int BoxX = 16;
    private const int BoxWidth = 270;
    private const int BoxHeight = 34;
    private const int ArrowLength = 78;
    private const int LabelX = BoxX + BoxWidth / 2 + 22;
    private const int Width = 720;

    public static string Render(SynthesisPathway pathway, CitationNumbers citations)
    {
        var steps = pathway.Steps;
        var height = 16 + (steps.Count + 1) * BoxHeight + steps.Count * ArrowLength + 16;
        var svg = new StringBuilder();
        var description = FormattableString.Invariant($"Synthesis of {pathway.TransmitterName}: ") + string.Join("; ", steps.Select(s => s.ToString()));
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\" style=\"color: inherit; max-width: 100%;\" aria-label=\"{Html.E(description)}\">")
            .Append("<title>").Append(Html.E(description)).Append("</title>")
            .Append("<defs><marker id=\"nbkArrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"currentColor\"/></marker>")
            .Append("<marker id=\"nbkArrowRl\" viewBox=\"0 0 10 10\" refX=\"8\" refY=\"5\" markerWidth=\"5\" markerHeight=\"5\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#D55E00\"/></marker></defs>");

        var y = 16;
        Box(svg, y, pathway.Precursor, isFirst: true, isLast: steps.Count == 0);
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            var top = y + BoxHeight;
            var bottom = top + ArrowLength;
            var x = BoxX + BoxWidth / 2;
            if (step.RateLimiting)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x}\" y1=\"{top + 2}\" x2=\"{x}\" y2=\"{bottom - 4}\" stroke=\"#D55E00\" stroke-width=\"5\" marker-end=\"url(#nbkArrowRl)\"/>");
            }
            else
            {
                svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x}\" y1=\"{top + 2}\" x2=\"{x}\" y2=\"{bottom - 4}\" stroke=\"currentColor\" stroke-width=\"1.6\" marker-end=\"url(#nbkArrow)\"/>");
            }

            var labelY = top + 22;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelX}\" y=\"{labelY}\" fill=\"currentColor\" font-size=\"13\"><tspan font-weight=\"bold\">{Html.E(step.Enzyme.Abbreviation)}</tspan><tspan dx=\"6\" opacity=\"0.8\">{Html.E(step.Enzyme.Name)}</tspan></text>");
            var tagX = LabelX;
            var tagY = labelY + 10;
            if (step.RateLimiting)
            {
                tagX = Tag(svg, tagX, tagY, "⚠ RATE-LIMITING", "#D55E00", bold: true);
            }

            foreach (var cofactor in step.Cofactors)
            {
                tagX = Tag(svg, tagX, tagY, cofactor, "#E69F00", bold: false);
            }

            y = bottom;
            Box(svg, y, step.Product, isFirst: false, isLast: i == steps.Count - 1);
        }

        svg.Append("</svg>");
        var legend = "<p class=\"muted\">Boxes: molecules. Arrows: enzymatic steps, labelled with the enzyme; tags: cofactors. "
            + "The thick vermillion arrow marked ⚠ RATE-LIMITING is the slowest, controlling step.</p>";
        var sources = "<ul>" + string.Concat(steps.Select((s, i) => FormattableString.Invariant($"<li>Step {i + 1}: {Html.E(s.ToString())}{(s.Note.Length > 0 ? " — " + Html.E(s.Note) : string.Empty)} {citations.Cite(s.Sources)}</li>"))) + "</ul>";
        return FormattableString.Invariant($"<h3>Synthesis of {Html.E(pathway.TransmitterName)}</h3>{svg}{legend}{sources}");
    }

    private static void Box(StringBuilder svg, int y, string label, bool isFirst, bool isLast)
    {
        var weight = isFirst || isLast ? "bold" : "normal";
        var role = isFirst ? "precursor" : isLast ? "transmitter" : "intermediate";
        svg.Append(CultureInfo.InvariantCulture, $"<g><title>{Html.E(role)}: {Html.E(label)}</title><rect x=\"{BoxX}\" y=\"{y}\" width=\"{BoxWidth}\" height=\"{BoxHeight}\" rx=\"8\" fill=\"currentColor\" fill-opacity=\"0.07\" stroke=\"currentColor\" stroke-width=\"{(isLast ? 2 : 1.2)}\"/>")
            .Append(CultureInfo.InvariantCulture, $"<text x=\"{BoxX + BoxWidth / 2}\" y=\"{y + BoxHeight / 2 + 5}\" text-anchor=\"middle\" fill=\"currentColor\" font-size=\"13\" font-weight=\"{weight}\">{Html.E(label)}</text></g>");
    }

    private static int Tag(StringBuilder svg, int x, int y, string text, string colour, bool bold)
    {
        var width = 14 + (int)Math.Ceiling(text.Length * 7.4);
        svg.Append(CultureInfo.InvariantCulture, $"<g><rect x=\"{x}\" y=\"{y}\" width=\"{width}\" height=\"20\" rx=\"10\" fill=\"{colour}\" fill-opacity=\"0.22\" stroke=\"{colour}\" stroke-width=\"1.2\"/>")
            .Append(CultureInfo.InvariantCulture, $"<text x=\"{x + width / 2}\" y=\"{y + 14}\" text-anchor=\"middle\" fill=\"currentColor\" font-size=\"12\"{(bold ? " font-weight=\"bold\"" : string.Empty)}>{Html.E(text)}</text></g>");
        return x + width + 6;
    }
}
