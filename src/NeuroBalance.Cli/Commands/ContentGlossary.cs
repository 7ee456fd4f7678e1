using NeuroBalance.Content;
using NeuroBalance.Content.Loading;
using NeuroBalance.Course.Site;

namespace NeuroBalance.Cli.Commands;

/// <summary>Hands the content library's glossary to the site as typed data (<see cref="GlossaryDefinition"/>).</summary>
internal static class ContentGlossary
{
    /// <summary>Reads the library's glossary as site entries.</summary>
    /// <param name="problem">Why the glossary could not be loaded, or null.</param>
    /// <returns>The entries, or none when the content did not load.</returns>
    internal static IReadOnlyList<Course.Site.GlossaryEntry> Load(out string? problem)
    {
        problem = null;
        try
        {
            return GlossarySources.FromDefinitions(Glossary.Terms.Select(t => new GlossaryDefinition(t.Id, t.Term, t.Plain, t.Precise, t.Related, t.Aliases)));
        }
        catch (Exception e) when (e is ContentValidationException or IOException or InvalidDataException or TypeInitializationException)
        {
            problem = $"the content library's glossary did not load: {(e is TypeInitializationException { InnerException: { } inner } ? inner.Message : e.Message)}";
            return [];
        }
    }
}
