namespace NeuroBalance.Course.Site;

/// <summary>What the site writer needs besides the lessons.</summary>
/// <param name="Title">The course title.</param>
/// <param name="Description">The course description for the index.</param>
/// <param name="PlotlySource">The plotly.js bundle, written once to <c>assets/plotly.min.js</c>.</param>
/// <param name="InlinePlotlySource">The bundle as chart outputs inline it (inside a <c>&lt;script&gt;</c>); removed from pages in favour of the asset.</param>
/// <param name="Glossary">The glossary entries; see <see cref="GlossaryEntry"/>.</param>
/// <param name="Edition">Which version of the course the site shows (said on every page), or null to say nothing.</param>
public sealed record SiteOptions(string Title, string Description, string PlotlySource, string InlinePlotlySource, IReadOnlyList<GlossaryEntry> Glossary, SiteEdition? Edition = null);

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
