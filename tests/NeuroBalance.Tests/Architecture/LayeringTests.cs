namespace NeuroBalance.Tests.Architecture;

/// <summary>
/// The product assemblies follow their layer tables (<see cref="AssemblyLayers"/>): read from the compiled
/// assemblies' type references (signatures, attributes and method-body IL tokens), no namespace uses a higher
/// layer, no two namespaces of one layer use each other, and notebook packages stay in the display layers.
/// </summary>
public sealed class LayeringTests
{
    [Theory]
    [MemberData(nameof(AssemblyLayers.Names), MemberType = typeof(AssemblyLayers))]
    public void Assembly_FollowsItsLayers_ApartFromTheNamedKnownViolations(string assembly)
    {
        var (rules, compiled) = AssemblyLayers.Get(assembly);
        var violations = rules.Violations(NamespaceDependencies.Of(compiled, rules.Tracks));
        foreach (var (edge, reason) in rules.KnownViolations)
        {
            TestContext.Current.TestOutputHelper?.WriteLine($"known violation, tolerated for now: {edge}: {reason}");
        }

        var unexpected = violations.Where(v => !rules.KnownViolations.ContainsKey(v.Edge)).Select(v => $"{v.Edge}: {v.Why}");
        Assert.True(!unexpected.Any(), $"{assembly} breaks its layers:\n" + string.Join("\n", unexpected));
        var gone = rules.KnownViolations.Keys.Except(violations.Select(v => v.Edge));
        Assert.True(!gone.Any(), $"These known violations of {assembly} are fixed; remove them from the list:\n" + string.Join("\n", gone));
    }

    [Fact]
    public void Reader_SeesReferencesInSignaturesAttributesAndMethodBodies()
    {
        var (rules, compiled) = AssemblyLayers.Get("NeuroBalance");
        var edges = NamespaceDependencies.Of(compiled, rules.Tracks);
        Assert.Contains(("NeuroBalance.Charts", "NeuroBalance.Models.Terminals"), edges.Keys);
        Assert.Contains(("NeuroBalance.Quantities", "NeuroBalance.Internal"), edges.Keys);
        Assert.DoesNotContain(edges.Keys, e => e.From.StartsWith("NeuroBalance.Models", StringComparison.Ordinal) && e.To.StartsWith("NeuroBalance.Charts", StringComparison.Ordinal));
    }

    [Fact]
    public void Rules_ReportAnUpwardEdgeACycleAForbiddenPackageAndAnUnlistedNamespace()
    {
        var synthetic = new Dictionary<(string From, string To), string>
        {
            [("NeuroBalance.Models.Solvers", "NeuroBalance.Charts")] = "TimeSeries references Series",
            [("NeuroBalance.Models.Terminals", "NeuroBalance.Models.Solvers")] = "a",
            [("NeuroBalance.Models.Solvers", "NeuroBalance.Models.Terminals")] = "b",
            [("NeuroBalance.Quantities", "Microsoft.DotNet.Interactive.Formatting")] = "c",
            [("NeuroBalance.Somewhere", "NeuroBalance.Internal")] = "d",
            [("NeuroBalance.Charts", "NeuroBalance.Models.Terminals")] = "allowed",
        };

        var edges = AssemblyLayers.Library.Violations(synthetic).Select(v => v.Edge).ToArray();

        Assert.Equal(
            [
                "NeuroBalance.Models.Solvers -> NeuroBalance.Charts",
                "NeuroBalance.Models.Solvers <-> NeuroBalance.Models.Terminals",
                "NeuroBalance.Quantities -> Microsoft.DotNet.Interactive.Formatting",
                "NeuroBalance.Somewhere -> NeuroBalance.Internal",
            ],
            edges);
    }
}
