namespace NeuroBalance.Course.Site;

/// <summary>What the site writer needs besides the lessons.</summary>
/// <param name="Title">The course title.</param>
/// <param name="Description">The course description for the index.</param>
/// <param name="PlotlySource">The plotly.js bundle, written once to <c>assets/plotly.min.js</c>.</param>
/// <param name="Glossary">The glossary entries; see <see cref="GlossaryEntry"/>.</param>
/// <param name="Edition">Which version of the course the site shows (said on every page), or null to say nothing.</param>
/// <param name="TrustNotebookHtml">
/// Whether HTML outputs of notebooks are published as they are, inline scripts allowed (<c>build --trust-notebook-html</c>);
/// by default they are sanitised and the pages allow only the site's own scripts (docs/reliability.md, "Site trust model").
/// </param>
public sealed record SiteOptions(string Title, string Description, string PlotlySource, IReadOnlyList<GlossaryEntry> Glossary, SiteEdition? Edition = null, bool TrustNotebookHtml = false);

/// <summary>Which version of the lessons a site is built from.</summary>
public enum SiteEdition
{
    /// <summary>The learner's version: solution regions replaced by placeholders (what <c>build</c> publishes in <c>artifacts/course/</c>).</summary>
    Learner,

    /// <summary>The instructor's version: solutions shown (<c>build --instructor</c>, in <c>artifacts/course-instructor/</c>).</summary>
    Instructor,
}

/// <summary>One glossary entry of the site.</summary>
/// <param name="Term">The term.</param>
/// <param name="Definition">A plain-language definition (Markdown), or empty when only the places it is used are known.</param>
/// <param name="UsedIn">Page names (lesson slugs) where the term appears.</param>
/// <param name="Aliases">Other names the term goes by (a lesson's bold "D2" belongs to "D2-like receptor").</param>
public sealed record GlossaryEntry(string Term, string Definition, IReadOnlyList<string> UsedIn, IReadOnlyList<string>? Aliases = null);

/// <summary>
/// A glossary entry as the content library defines it, handed to the tooling as typed data (the CLI maps
/// <c>NeuroBalance.Content.Glossary.Terms</c> to it): <see cref="GlossarySources.FromDefinitions"/> turns it into a page entry.
/// </summary>
/// <param name="Id">The entry's id (related entries name it).</param>
/// <param name="Term">The term.</param>
/// <param name="Plain">The plain-language definition.</param>
/// <param name="Precise">The precise definition, or empty.</param>
/// <param name="Related">Ids (or terms) of related entries.</param>
/// <param name="Aliases">Other names of the term.</param>
public sealed record GlossaryDefinition(string Id, string Term, string Plain, string Precise, IReadOnlyList<string> Related, IReadOnlyList<string> Aliases);
