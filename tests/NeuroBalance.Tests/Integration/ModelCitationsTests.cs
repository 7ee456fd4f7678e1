using System.Reflection;
using NeuroBalance.Content;
using NeuroBalance.Science;

namespace NeuroBalance.Tests.Integration;

/// <summary>
/// The models cite their sources in code (TerminalSources, PharmacologySources, HormoneSources);
/// the course's reference list lives in the content library. These tests keep the two in step, so
/// a citation a model shows can always be looked up, with authors and title, in the references.
/// </summary>
public sealed class ModelCitationsTests
{
    public static TheoryData<string, string> ModelCitations()
    {
        var data = new TheoryData<string, string>();
        var sourceClasses = typeof(Citation).Assembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith("NeuroBalance.Models", StringComparison.Ordinal) == true && t.Name.EndsWith("Sources", StringComparison.Ordinal));
        foreach (var type in sourceClasses)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == typeof(Citation)))
            {
                data.Add($"{type.Name}.{property.Name}", ((Citation)property.GetValue(null)!).ToString());
            }
        }

        return data;
    }

    [Fact]
    public void TheModelsHaveSourceClasses()
    {
        Assert.True(ModelCitations().Count >= 10, $"only {ModelCitations().Count} model citations found; did the *Sources classes move?");
    }

    [Theory]
    [MemberData(nameof(ModelCitations))]
    public void EveryModelCitation_IsInTheCourseReferences_WithTheSameIdentifiers(string name, string citation)
    {
        var source = FindCitation(name);
        var match = Bibliography.All.References.Where(r =>
            (source.Doi is not null && string.Equals(r.Citation.Doi, source.Doi, StringComparison.OrdinalIgnoreCase)) ||
            (source.Pmid is not null && r.Citation.Pmid == source.Pmid)).ToList();

        Assert.True(match.Count > 0, $"{name} ({citation}) is not in the content library's references.yaml; add it there so learners can look it up.");
        Assert.All(match, r =>
        {
            if (source.Doi is not null && r.Citation.Doi is not null)
            {
                Assert.Equal(source.Doi, r.Citation.Doi, ignoreCase: true);
            }

            if (source.Pmid is not null && r.Citation.Pmid is not null)
            {
                Assert.Equal(source.Pmid, r.Citation.Pmid);
            }
        });
    }

    private static Citation FindCitation(string name)
    {
        var parts = name.Split('.');
        var type = typeof(Citation).Assembly.GetTypes().Single(t => t.Name == parts[0] && t.Namespace?.StartsWith("NeuroBalance.Models", StringComparison.Ordinal) == true);
        return (Citation)type.GetProperty(parts[1], BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
    }
}
