namespace NeuroBalance.Tests.Course.Site.FakeContent;

/// <summary>Shaped like the content library's glossary entry (only the members the site reads).</summary>
public sealed record Entry(string Id, string Term, string Plain, string Precise, IReadOnlyList<string> Related);

/// <summary>Shaped like <c>NeuroBalance.Content.Glossary</c>.</summary>
public static class Glossary
{
    /// <summary>Gets two terms, one related to the other by id.</summary>
    public static IReadOnlyList<Entry> Terms { get; } =
    [
        new("kd", "Dissociation constant", "Where half the sites are bound.", "Kd = koff/kon.", ["occupancy"]),
        new("occupancy", "Occupancy", "Fraction of sites bound.", string.Empty, []),
    ];
}

/// <summary>A glossary whose content fails to load.</summary>
public static class BrokenGlossary
{
    /// <summary>Throws, as a content loader does on a schema violation.</summary>
    public static IReadOnlyList<Entry> Terms => throw new InvalidDataException("content file broken");
}
