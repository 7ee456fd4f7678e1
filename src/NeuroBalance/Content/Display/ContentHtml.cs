namespace NeuroBalance.Content.Display;

/// <summary>
/// Renders knowledge-base objects as self-contained, HTML-encoded, theme-aware HTML fragments with
/// numbered citations and a references list. The notebook formatters call this; so do the tests
/// and the headless-browser render check.
/// </summary>
internal static class ContentHtml
{
    /// <summary>The HTML for a transmitter card, pathway, receptor table, hormone table or matrix, glossary entry, the whole glossary, reference list, origin story or function table.</summary>
    /// <param name="value">One of those objects.</param>
    /// <returns>An HTML fragment (a style element and one root div).</returns>
    /// <exception cref="InvalidParameterException"><paramref name="value"/> is not a knowledge-base display type.</exception>
    public static string Render(object value)
    {
        var c = new CitationNumbers();
        return value switch
        {
            Transmitter t => Html.Wrap("card", TransmitterCardHtml.Render(t, c), c),
            SynthesisPathway p => Html.Wrap("pathway", PathwaySvg.Render(p, c), c),
            ReceptorTable r => Html.Wrap("receptors", ReceptorTableHtml.Render(r, c), c),
            HormoneEffectMatrix m => Html.Wrap("matrix", HormoneHtml.Matrix(m, c), c),
            HormoneEffectTable h => Html.Wrap("effects", HormoneHtml.Table(h, c), c),
            GlossaryEntry g => Html.Wrap("glossary", GlossaryHtml.Render(g, c), c),
            GlossaryList l => Html.Wrap("glossary-list", GlossaryListHtml.Render(l, c), c),
            ReferenceList l => Html.Wrap("references", "<h3>References</h3><ol class=\"refs\">" + string.Concat(l.References.Select(r => "<li>" + CitationNumbers.Entry(r) + " " + CheckedNote(r) + "</li>")) + "</ol>", c),
            OriginStory s => Html.Wrap("story", StoryHtml.Render(s, c), c),
            FunctionTable f => Html.Wrap("functions", FunctionTableHtml.Render(f, c), c),
            _ => throw new InvalidParameterException(FormattableString.Invariant($"value must be a knowledge-base display type (Transmitter, SynthesisPathway, ReceptorTable, HormoneEffectMatrix, HormoneEffectTable, GlossaryEntry, GlossaryList, ReferenceList, OriginStory, FunctionTable), but was {value?.GetType().Name ?? "null"}."), nameof(value)),
        };
    }

    /// <summary>How a reference's identifier was checked, in words, so a reader knows what to trust.</summary>
    private static string CheckedNote(Reference r) => r.Checked switch
    {
        "lookup" => "<span class=\"muted\">[checked: matched on a bibliographic page]</span>",
        _ => "<span class=\"muted\">[recalled: verify before relying on it]</span>",
    };
}
